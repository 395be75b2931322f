SELECT 1; /* open comment
SELECT 2;
