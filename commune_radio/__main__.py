"""Allows ``python -m commune_radio``."""

from commune_radio.cli import main

raise SystemExit(main())
