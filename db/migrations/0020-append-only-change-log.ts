/**
 * The change log is append-only. The one exception is the redaction of a person (GDPR Art. 17):
 * it may only rewrite `before`/`after` so that they carry the redaction marker, only while the
 * newest log row is the `redact` entry that records the erasure itself.
 */
export const sql = `
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN
  SELECT RAISE(ABORT, 'the change log is append-only');
END;

CREATE TRIGGER change_log_only_redaction BEFORE UPDATE ON change_log
WHEN NOT (
  NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.os_user = OLD.os_user AND NEW.action = OLD.action
  AND NEW.entity = OLD.entity AND NEW.entity_id IS OLD.entity_id
  AND (SELECT action FROM change_log ORDER BY id DESC LIMIT 1) = 'redact'
  AND (NEW.before IS OLD.before OR instr(NEW.before, '[redacted]') > 0)
  AND (NEW.after IS OLD.after OR instr(NEW.after, '[redacted]') > 0)
)
BEGIN
  SELECT RAISE(ABORT, 'the change log is append-only; only a logged redaction may rewrite it');
END;
`
