-- case: SaaS tenants: new parent table, FK from two tables, NOT NULL + default, unique composite, index dropped
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, tenant VARCHAR(20));
CREATE TABLE projects (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, tenant VARCHAR(20));
CREATE TABLE invites (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, project_id INTEGER NOT NULL,
  CONSTRAINT fk_invites_project FOREIGN KEY (project_id) REFERENCES projects (id));
CREATE INDEX ix_users_tenant ON users (tenant);
-- desired
CREATE TABLE tenants (code VARCHAR(20) PRIMARY KEY, display_name VARCHAR(80));
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, tenant VARCHAR(20),
  CONSTRAINT uq_users_tenant_email UNIQUE (tenant, email),
  CONSTRAINT fk_users_tenant FOREIGN KEY (tenant) REFERENCES tenants (code));
CREATE TABLE projects (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, tenant VARCHAR(20),
  archived BOOLEAN NOT NULL DEFAULT FALSE,
  CONSTRAINT fk_projects_tenant FOREIGN KEY (tenant) REFERENCES tenants (code));
CREATE TABLE invites (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, project_id INTEGER NOT NULL, accepted BOOLEAN NOT NULL DEFAULT FALSE,
  CONSTRAINT fk_invites_project FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE);
-- rows
INSERT INTO users (id, email, tenant) VALUES (1, 'a@x.org', NULL), (2, 'b@x.org', NULL);
INSERT INTO projects (id, name, tenant) VALUES (1, 'alpha', NULL), (2, 'beta', NULL);
INSERT INTO invites (id, email, project_id) VALUES (1, 'c@x.org', 1), (2, 'd@x.org', 2);
