-- strata:revision c0ffee000002
-- strata:parents c0ffee000001
-- strata:message add email
-- strata:created 2026-11-02T09:00:00Z

-- strata:upgrade
ALTER TABLE customers ADD COLUMN email VARCHAR(200);

-- strata:downgrade
ALTER TABLE customers DROP COLUMN email;
