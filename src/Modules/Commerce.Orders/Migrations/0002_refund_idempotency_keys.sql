-- A refund may carry the caller's idempotency key: a retried refundPayment returns the refund it already made.
ALTER TABLE refunds ADD COLUMN idempotency_key text CHECK (length(idempotency_key) BETWEEN 1 AND 200);
CREATE UNIQUE INDEX refunds_payment_idempotency_key ON refunds (payment_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
