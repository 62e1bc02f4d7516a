"""PDF reports with reportlab: system fonts with Arabic glyphs, shaped bidi text, page template."""
