"""Lab report engine: parsing (FHIR R4, CSV, text), units (pint), flags, explanations, trends."""
