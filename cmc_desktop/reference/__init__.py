"""Reference catalogue: regions, this city, sectors, hubs, programmes, years, groups."""
