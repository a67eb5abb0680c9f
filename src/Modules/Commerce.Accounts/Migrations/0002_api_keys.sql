CREATE TABLE accounts.api_keys (
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL,
    -- The visible start of the key, for lookup; the secret part is only ever stored as its SHA-256.
    prefix      text        NOT NULL UNIQUE,
    key_hash    bytea       NOT NULL CHECK (length(key_hash) = 32),
    role        text        NOT NULL DEFAULT 'marketing' CHECK (role IN ('marketing')),
    created_by  uuid        NOT NULL REFERENCES accounts.users (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);
