"""Allows ``python -m commune_radio``."""

from commune_radio.main import main

raise SystemExit(main())
