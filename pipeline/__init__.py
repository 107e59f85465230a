"""Chinese report text to an RDF knowledge graph that traces every fact to its characters."""
__version__ = "0.1.0"


def knowledge_graph(inputs=(), texts=()):
    """The rdflib Dataset of report files (``inputs``: paths, folders, globs) and texts
    (``texts``: strings or (id, text) pairs): one named graph per document, one for the run.

        import pipeline
        kg = pipeline.knowledge_graph(texts=["3月5日，区政协召开十届五次常委会议。"])
    """
    from .run import knowledge_graph as build  # loads spaCy and the rest only when called

    return build(inputs, texts)
