-- WordPress core tables, schema only (PostgreSQL), translated from the MySQL schema:
-- unquoted lower-case identifiers (so WordPress's unquoted ID and comment_ID still match),
-- auto_increment keys as bigserial, datetime as timestamp with the zero date replaced by
-- 1970-01-01, unsigned dropped, and each MySQL KEY as a CREATE INDEX named <table>_<key>
-- (PostgreSQL index names are per schema). Prefix indexes index the whole column, except
-- comment_author_email(10), which becomes an expression index on left(..., 10).

CREATE TABLE wp_users (
  id bigserial NOT NULL,
  user_login character varying(60) NOT NULL DEFAULT '',
  user_pass character varying(255) NOT NULL DEFAULT '',
  user_nicename character varying(50) NOT NULL DEFAULT '',
  user_email character varying(100) NOT NULL DEFAULT '',
  user_url character varying(100) NOT NULL DEFAULT '',
  user_registered timestamp NOT NULL DEFAULT '1970-01-01 00:00:00',
  user_activation_key character varying(255) NOT NULL DEFAULT '',
  user_status integer NOT NULL DEFAULT 0,
  display_name character varying(250) NOT NULL DEFAULT '',
  CONSTRAINT wp_users_pkey PRIMARY KEY (id)
);
CREATE INDEX wp_users_user_login_key ON wp_users (user_login);
CREATE INDEX wp_users_user_nicename ON wp_users (user_nicename);
CREATE INDEX wp_users_user_email ON wp_users (user_email);

CREATE TABLE wp_usermeta (
  umeta_id bigserial NOT NULL,
  user_id bigint NOT NULL DEFAULT 0,
  meta_key character varying(255) DEFAULT NULL,
  meta_value text,
  CONSTRAINT wp_usermeta_pkey PRIMARY KEY (umeta_id)
);
CREATE INDEX wp_usermeta_user_id ON wp_usermeta (user_id);
CREATE INDEX wp_usermeta_meta_key ON wp_usermeta (meta_key);

CREATE TABLE wp_termmeta (
  meta_id bigserial NOT NULL,
  term_id bigint NOT NULL DEFAULT 0,
  meta_key character varying(255) DEFAULT NULL,
  meta_value text,
  CONSTRAINT wp_termmeta_pkey PRIMARY KEY (meta_id)
);
CREATE INDEX wp_termmeta_term_id ON wp_termmeta (term_id);
CREATE INDEX wp_termmeta_meta_key ON wp_termmeta (meta_key);

CREATE TABLE wp_terms (
  term_id bigserial NOT NULL,
  name character varying(200) NOT NULL DEFAULT '',
  slug character varying(200) NOT NULL DEFAULT '',
  term_group bigint NOT NULL DEFAULT 0,
  CONSTRAINT wp_terms_pkey PRIMARY KEY (term_id)
);
CREATE INDEX wp_terms_slug ON wp_terms (slug);
CREATE INDEX wp_terms_name ON wp_terms (name);

CREATE TABLE wp_term_taxonomy (
  term_taxonomy_id bigserial NOT NULL,
  term_id bigint NOT NULL DEFAULT 0,
  taxonomy character varying(32) NOT NULL DEFAULT '',
  description text NOT NULL,
  parent bigint NOT NULL DEFAULT 0,
  count bigint NOT NULL DEFAULT 0,
  CONSTRAINT wp_term_taxonomy_pkey PRIMARY KEY (term_taxonomy_id)
);
CREATE UNIQUE INDEX wp_term_taxonomy_term_id_taxonomy ON wp_term_taxonomy (term_id, taxonomy);
CREATE INDEX wp_term_taxonomy_taxonomy ON wp_term_taxonomy (taxonomy);

CREATE TABLE wp_term_relationships (
  object_id bigint NOT NULL DEFAULT 0,
  term_taxonomy_id bigint NOT NULL DEFAULT 0,
  term_order integer NOT NULL DEFAULT 0,
  CONSTRAINT wp_term_relationships_pkey PRIMARY KEY (object_id,term_taxonomy_id)
);
CREATE INDEX wp_term_relationships_term_taxonomy_id ON wp_term_relationships (term_taxonomy_id);

CREATE TABLE wp_commentmeta (
  meta_id bigserial NOT NULL,
  comment_id bigint NOT NULL DEFAULT 0,
  meta_key character varying(255) DEFAULT NULL,
  meta_value text,
  CONSTRAINT wp_commentmeta_pkey PRIMARY KEY (meta_id)
);
CREATE INDEX wp_commentmeta_comment_id ON wp_commentmeta (comment_id);
CREATE INDEX wp_commentmeta_meta_key ON wp_commentmeta (meta_key);

CREATE TABLE wp_comments (
  comment_id bigserial NOT NULL,
  comment_post_id bigint NOT NULL DEFAULT 0,
  comment_author text NOT NULL,
  comment_author_email character varying(100) NOT NULL DEFAULT '',
  comment_author_url character varying(200) NOT NULL DEFAULT '',
  comment_author_ip character varying(100) NOT NULL DEFAULT '',
  comment_date timestamp NOT NULL DEFAULT '1970-01-01 00:00:00',
  comment_date_gmt timestamp NOT NULL DEFAULT '1970-01-01 00:00:00',
  comment_content text NOT NULL,
  comment_karma integer NOT NULL DEFAULT 0,
  comment_approved character varying(20) NOT NULL DEFAULT '1',
  comment_agent character varying(255) NOT NULL DEFAULT '',
  comment_type character varying(20) NOT NULL DEFAULT 'comment',
  comment_parent bigint NOT NULL DEFAULT 0,
  user_id bigint NOT NULL DEFAULT 0,
  CONSTRAINT wp_comments_pkey PRIMARY KEY (comment_id)
);
CREATE INDEX wp_comments_comment_post_id ON wp_comments (comment_post_id);
CREATE INDEX wp_comments_comment_approved_date_gmt ON wp_comments (comment_approved, comment_date_gmt);
CREATE INDEX wp_comments_comment_date_gmt ON wp_comments (comment_date_gmt);
CREATE INDEX wp_comments_comment_parent ON wp_comments (comment_parent);
CREATE INDEX wp_comments_comment_author_email ON wp_comments (left(comment_author_email, 10));

CREATE TABLE wp_links (
  link_id bigserial NOT NULL,
  link_url character varying(255) NOT NULL DEFAULT '',
  link_name character varying(255) NOT NULL DEFAULT '',
  link_image character varying(255) NOT NULL DEFAULT '',
  link_target character varying(25) NOT NULL DEFAULT '',
  link_description character varying(255) NOT NULL DEFAULT '',
  link_visible character varying(20) NOT NULL DEFAULT 'Y',
  link_owner bigint NOT NULL DEFAULT 1,
  link_rating integer NOT NULL DEFAULT 0,
  link_updated timestamp NOT NULL DEFAULT '1970-01-01 00:00:00',
  link_rel character varying(255) NOT NULL DEFAULT '',
  link_notes text NOT NULL,
  link_rss character varying(255) NOT NULL DEFAULT '',
  CONSTRAINT wp_links_pkey PRIMARY KEY (link_id)
);
CREATE INDEX wp_links_link_visible ON wp_links (link_visible);

CREATE TABLE wp_options (
  option_id bigserial NOT NULL,
  option_name character varying(191) NOT NULL DEFAULT '',
  option_value text NOT NULL,
  autoload character varying(20) NOT NULL DEFAULT 'yes',
  CONSTRAINT wp_options_pkey PRIMARY KEY (option_id)
);
CREATE UNIQUE INDEX wp_options_option_name ON wp_options (option_name);
CREATE INDEX wp_options_autoload ON wp_options (autoload);

CREATE TABLE wp_postmeta (
  meta_id bigserial NOT NULL,
  post_id bigint NOT NULL DEFAULT 0,
  meta_key character varying(255) DEFAULT NULL,
  meta_value text,
  CONSTRAINT wp_postmeta_pkey PRIMARY KEY (meta_id)
);
CREATE INDEX wp_postmeta_post_id ON wp_postmeta (post_id);
CREATE INDEX wp_postmeta_meta_key ON wp_postmeta (meta_key);

CREATE TABLE wp_posts (
  id bigserial NOT NULL,
  post_author bigint NOT NULL DEFAULT 0,
  post_date timestamp NOT NULL DEFAULT '1970-01-01 00:00:00',
  post_date_gmt timestamp NOT NULL DEFAULT '1970-01-01 00:00:00',
  post_content text NOT NULL,
  post_title text NOT NULL,
  post_excerpt text NOT NULL,
  post_status character varying(20) NOT NULL DEFAULT 'publish',
  comment_status character varying(20) NOT NULL DEFAULT 'open',
  ping_status character varying(20) NOT NULL DEFAULT 'open',
  post_password character varying(255) NOT NULL DEFAULT '',
  post_name character varying(200) NOT NULL DEFAULT '',
  to_ping text NOT NULL,
  pinged text NOT NULL,
  post_modified timestamp NOT NULL DEFAULT '1970-01-01 00:00:00',
  post_modified_gmt timestamp NOT NULL DEFAULT '1970-01-01 00:00:00',
  post_content_filtered text NOT NULL,
  post_parent bigint NOT NULL DEFAULT 0,
  guid character varying(255) NOT NULL DEFAULT '',
  menu_order integer NOT NULL DEFAULT 0,
  post_type character varying(20) NOT NULL DEFAULT 'post',
  post_mime_type character varying(100) NOT NULL DEFAULT '',
  comment_count bigint NOT NULL DEFAULT 0,
  CONSTRAINT wp_posts_pkey PRIMARY KEY (id)
);
CREATE INDEX wp_posts_post_name ON wp_posts (post_name);
CREATE INDEX wp_posts_type_status_date ON wp_posts (post_type, post_status, post_date, id);
CREATE INDEX wp_posts_post_parent ON wp_posts (post_parent);
CREATE INDEX wp_posts_post_author ON wp_posts (post_author);
