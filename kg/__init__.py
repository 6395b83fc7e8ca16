"""kg: Chinese local party newspapers -> a knowledge graph of officials.

Pipeline: page text -> clean -> articles -> extraction records (JSON) -> RDF
(Turtle) -> SPARQL; networkx co-attendance centrality -> pyvis page; month diffs.
"""
__version__ = "0.1.0"
