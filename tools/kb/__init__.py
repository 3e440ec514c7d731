"""Knowledge stores: offline bilingual retrieval over chromadb, with citations."""
