-- Requests to evaluate a course say who was asked, about whose booking: deleted two years after the session ended,
-- the answers given through them kept for the figures but no longer linked to anyone.
insert into retention_rule (id, version, record_type, trigger_event, period_months, action) values
    (11, 1, 'EVALUATION_REQUEST', 'SESSION_END', 24, 'DELETE');
