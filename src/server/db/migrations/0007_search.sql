-- The search engine's documents: triggers and indexes (filled in by the search work).
SELECT 1;
