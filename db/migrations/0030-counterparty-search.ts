/**
 * Search as you type across name, legal name, registration number, country and contact names:
 * an FTS5 index with the trigram tokenizer, so any three characters match anywhere in a word
 * ("345" finds CVR 12345678), without case or diacritics ("sor" finds "Søren"). Triggers keep it
 * in step with both tables.
 */
export const sql = `
CREATE VIRTUAL TABLE counterparty_search USING fts5(
  name, legal_name, registration_no, country, contacts,
  tokenize = 'trigram remove_diacritics 1'
);

INSERT INTO counterparty_search (rowid, name, legal_name, registration_no, country, contacts)
SELECT c.id, c.name, coalesce(c.legal_name, ''), coalesce(c.registration_no, ''), coalesce(c.country, ''),
  coalesce((SELECT group_concat(k.name, ' ') FROM contact k WHERE k.counterparty_id = c.id), '')
FROM counterparty c;

CREATE TRIGGER counterparty_search_insert AFTER INSERT ON counterparty BEGIN
  INSERT INTO counterparty_search (rowid, name, legal_name, registration_no, country, contacts)
  VALUES (NEW.id, NEW.name, coalesce(NEW.legal_name, ''), coalesce(NEW.registration_no, ''),
    coalesce(NEW.country, ''),
    coalesce((SELECT group_concat(name, ' ') FROM contact WHERE counterparty_id = NEW.id), ''));
END;

CREATE TRIGGER counterparty_search_update
AFTER UPDATE OF name, legal_name, registration_no, country ON counterparty BEGIN
  UPDATE counterparty_search
  SET name = NEW.name, legal_name = coalesce(NEW.legal_name, ''),
    registration_no = coalesce(NEW.registration_no, ''), country = coalesce(NEW.country, '')
  WHERE rowid = NEW.id;
END;

CREATE TRIGGER counterparty_search_delete AFTER DELETE ON counterparty BEGIN
  DELETE FROM counterparty_search WHERE rowid = OLD.id;
END;

CREATE TRIGGER contact_search_insert AFTER INSERT ON contact BEGIN
  UPDATE counterparty_search
  SET contacts = coalesce((SELECT group_concat(name, ' ') FROM contact WHERE counterparty_id = NEW.counterparty_id), '')
  WHERE rowid = NEW.counterparty_id;
END;

CREATE TRIGGER contact_search_update AFTER UPDATE OF name, counterparty_id ON contact BEGIN
  UPDATE counterparty_search
  SET contacts = coalesce((SELECT group_concat(name, ' ') FROM contact WHERE counterparty_id = rowid), '')
  WHERE rowid IN (OLD.counterparty_id, NEW.counterparty_id);
END;

CREATE TRIGGER contact_search_delete AFTER DELETE ON contact BEGIN
  UPDATE counterparty_search
  SET contacts = coalesce((SELECT group_concat(name, ' ') FROM contact WHERE counterparty_id = OLD.counterparty_id), '')
  WHERE rowid = OLD.counterparty_id;
END;
`
