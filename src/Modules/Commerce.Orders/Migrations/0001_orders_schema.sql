-- Orders, payments, refunds, stock and the outbox. Money is numeric(12,2); every amount and quantity is checked.
CREATE SEQUENCE order_number_seq START 1;

CREATE TABLE orders (
    id               uuid PRIMARY KEY,
    number           text NOT NULL UNIQUE,
    customer_id      uuid NOT NULL,
    status           text NOT NULL CHECK (status IN ('pending', 'paid', 'fulfilled', 'cancelled', 'refunded')),
    subtotal         numeric(12,2) NOT NULL CHECK (subtotal >= 0),
    tax              numeric(12,2) NOT NULL CHECK (tax >= 0),
    shipping         numeric(12,2) NOT NULL CHECK (shipping >= 0),
    discount         numeric(12,2) NOT NULL CHECK (discount >= 0),
    total            numeric(12,2) NOT NULL CHECK (total >= 0),
    currency         char(3) NOT NULL,
    shipping_address jsonb NOT NULL,
    billing_address  jsonb NOT NULL,
    idempotency_key  text NOT NULL UNIQUE,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    CHECK (total = subtotal + tax + shipping - discount)
);
-- me.orders and admin orders: keyset pages by (created_at, id), optionally per customer and status.
CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at, id);
CREATE INDEX orders_customer_status_created_idx ON orders (customer_id, status, created_at, id);
CREATE INDEX orders_created_idx ON orders (created_at, id);
CREATE INDEX orders_status_created_idx ON orders (status, created_at, id);

CREATE TABLE order_lines (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id    uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position    int NOT NULL CHECK (position >= 0),
    product_id  text NOT NULL,
    variant_sku text NOT NULL,
    name        text NOT NULL,
    unit_price  numeric(12,2) NOT NULL CHECK (unit_price >= 0),
    quantity    int NOT NULL CHECK (quantity > 0),
    line_total  numeric(12,2) NOT NULL CHECK (line_total >= 0),
    CHECK (line_total = unit_price * quantity),
    UNIQUE (order_id, position)
);

CREATE TABLE payments (
    id                     uuid PRIMARY KEY,
    order_id               uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    method                 text NOT NULL,
    gateway                text NOT NULL,
    gateway_transaction_id text NOT NULL,
    amount                 numeric(12,2) NOT NULL CHECK (amount > 0),
    captured_amount        numeric(12,2) NOT NULL DEFAULT 0 CHECK (captured_amount >= 0 AND captured_amount <= amount),
    refunded_amount        numeric(12,2) NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0 AND refunded_amount <= captured_amount),
    currency               char(3) NOT NULL,
    status                 text NOT NULL CHECK (status IN ('authorized', 'captured', 'partially_refunded', 'refunded', 'voided')),
    idempotency_key        text NOT NULL UNIQUE,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL
);
CREATE INDEX payments_order_idx ON payments (order_id, created_at);

CREATE TABLE refunds (
    id                     uuid PRIMARY KEY,
    payment_id             uuid NOT NULL REFERENCES payments (id) ON DELETE CASCADE,
    order_id               uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    amount                 numeric(12,2) NOT NULL CHECK (amount > 0),
    currency               char(3) NOT NULL,
    reason                 text,
    gateway_transaction_id text NOT NULL,
    created_at             timestamptz NOT NULL
);
CREATE INDEX refunds_order_idx ON refunds (order_id, created_at);
CREATE INDEX refunds_payment_idx ON refunds (payment_id);

CREATE TABLE stock_levels (
    sku        text PRIMARY KEY,
    quantity   int NOT NULL CHECK (quantity >= 0),
    updated_at timestamptz NOT NULL
);

CREATE TABLE stock_movements (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku        text NOT NULL REFERENCES stock_levels (sku),
    delta      int NOT NULL CHECK (delta <> 0),
    reason     text NOT NULL CHECK (reason IN ('checkout', 'cancel', 'set', 'adjust')),
    order_id   uuid REFERENCES orders (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL
);
CREATE INDEX stock_movements_sku_idx ON stock_movements (sku, id);
CREATE INDEX stock_movements_order_idx ON stock_movements (order_id) WHERE order_id IS NOT NULL;

CREATE TABLE outbox (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    aggregate_id text NOT NULL,
    type         text NOT NULL,
    payload      jsonb NOT NULL,
    created_at   timestamptz NOT NULL
);
CREATE INDEX outbox_aggregate_idx ON outbox (aggregate_id, id);

-- One row per message and handler: delivery is tracked, retried and backed off per handler.
CREATE TABLE outbox_deliveries (
    outbox_id       bigint NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    handler         text NOT NULL,
    attempts        int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL,
    delivered_at    timestamptz,
    last_error      text,
    PRIMARY KEY (outbox_id, handler)
);
CREATE INDEX outbox_deliveries_pending_idx ON outbox_deliveries (handler, next_attempt_at, outbox_id) WHERE delivered_at IS NULL;
