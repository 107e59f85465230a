"""Chinese report text to an RDF knowledge graph that traces every fact to its characters."""
__version__ = "0.1.0"
