-- strata:revision c0ffee000001
-- strata:parents
-- strata:message create customers
-- strata:created 2026-11-01T09:00:00Z

-- strata:upgrade
CREATE TABLE customers (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

-- strata:downgrade
DROP TABLE customers;
