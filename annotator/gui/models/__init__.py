"""Item models over the facade: they hold plain rows (ids and summaries), no widgets."""
