"""Audio preparation: decode with ffmpeg, measure loudness, level, trim, store by SHA-256."""
