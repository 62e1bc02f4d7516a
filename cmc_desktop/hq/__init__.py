"""Headquarters side: register cities, ingest their signed packages, report national figures."""
