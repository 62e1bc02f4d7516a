"""Spreadsheet plumbing: tolerant header matching and row errors on import; formatted export."""
