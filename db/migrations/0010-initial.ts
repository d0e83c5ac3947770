/**
 * The first schema: the data model of DESIGN §5. Enumerations are CHECK constraints so that a bad
 * value can never reach the file, whichever code writes it. Dates are ISO text (YYYY-MM-DD),
 * timestamps ISO 8601 UTC text, booleans 0/1, lists JSON arrays.
 */
export const sql = `
CREATE TABLE counterparty (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  legal_name TEXT,
  registration_no TEXT,
  country TEXT,
  website TEXT,
  kinds TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(kinds) AND json_type(kinds) = 'array'),
  role TEXT NOT NULL DEFAULT 'none'
    CHECK (role IN ('processor','sub_processor','independent_controller','joint_controller','none')),
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('prospect','active','former')),
  relationship_end TEXT,
  owner TEXT,
  data_categories TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(data_categories) AND json_type(data_categories) = 'array'),
  data_subjects_band TEXT CHECK (data_subjects_band IN ('under_1000','1000_10000','over_10000')),
  risk_points INTEGER CHECK (risk_points BETWEEN 1 AND 10),
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX counterparty_name ON counterparty (name COLLATE NOCASE);
CREATE INDEX counterparty_owner ON counterparty (owner);
CREATE INDEX counterparty_country ON counterparty (country);
CREATE INDEX counterparty_registration_no ON counterparty (registration_no);

CREATE TABLE contact (
  id INTEGER PRIMARY KEY,
  counterparty_id INTEGER NOT NULL REFERENCES counterparty (id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  title TEXT,
  email TEXT,
  phone TEXT,
  last_activity TEXT,
  legal_hold INTEGER NOT NULL DEFAULT 0 CHECK (legal_hold IN (0,1)),
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX contact_counterparty ON contact (counterparty_id);

CREATE TABLE agreement (
  id INTEGER PRIMARY KEY,
  counterparty_id INTEGER NOT NULL REFERENCES counterparty (id) ON DELETE CASCADE,
  title TEXT,
  type TEXT NOT NULL CHECK (type IN
    ('dpa','dpa_we_process','scc_2021','scc_legacy','joint_controller','nda','master','other')),
  template TEXT CHECK (template IN ('dt_2019','eu_2021_915','vendor','custom')),
  scc_module INTEGER CHECK (scc_module BETWEEN 1 AND 4),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','sent','signed','terminated')),
  signed_on TEXT,
  effective_from TEXT,
  expires_on TEXT,
  notice_period_days INTEGER CHECK (notice_period_days >= 0),
  auto_renewal_months INTEGER CHECK (auto_renewal_months >= 0),
  review_interval_months INTEGER CHECK (review_interval_months >= 0),
  objection_window_days INTEGER CHECK (objection_window_days >= 0),
  sub_processor_authorisation TEXT CHECK (sub_processor_authorisation IN ('specific','general')),
  parent_agreement_id INTEGER REFERENCES agreement (id) ON DELETE SET NULL,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX agreement_counterparty ON agreement (counterparty_id);
CREATE INDEX agreement_expires_on ON agreement (expires_on);
CREATE INDEX agreement_parent ON agreement (parent_agreement_id);

CREATE TABLE location (
  id INTEGER PRIMARY KEY,
  counterparty_id INTEGER NOT NULL REFERENCES counterparty (id) ON DELETE CASCADE,
  country TEXT NOT NULL,
  activity TEXT NOT NULL DEFAULT 'storage'
    CHECK (activity IN ('storage','processing','support_access','backup')),
  basis TEXT NOT NULL DEFAULT 'none' CHECK (basis IN
    ('eea','adequacy','dpf','scc_2021','bcr','code_of_conduct','certification','ad_hoc_clauses',
     'art49','privacy_shield','safe_harbour','scc_legacy','none')),
  scc_module INTEGER CHECK (scc_module BETWEEN 1 AND 4),
  agreement_id INTEGER REFERENCES agreement (id) ON DELETE SET NULL,
  dpf_category TEXT CHECK (dpf_category IN ('hr','non_hr','both')),
  dpf_status TEXT CHECK (dpf_status IN ('active','inactive')),
  dpf_verified_on TEXT,
  tia_on TEXT,
  scope_confirmed INTEGER CHECK (scope_confirmed IN (0,1)),
  art49_letter TEXT CHECK (art49_letter IN ('a','b','c','d','e','f','g','second_subparagraph')),
  authorisation_ref TEXT,
  recurring INTEGER NOT NULL DEFAULT 0 CHECK (recurring IN (0,1)),
  description TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX location_counterparty ON location (counterparty_id);
CREATE INDEX location_country ON location (country);
CREATE INDEX location_agreement ON location (agreement_id);

CREATE TABLE sub_processor_link (
  id INTEGER PRIMARY KEY,
  processor_id INTEGER NOT NULL REFERENCES counterparty (id) ON DELETE CASCADE,
  sub_processor_id INTEGER NOT NULL REFERENCES counterparty (id) ON DELETE CASCADE,
  purpose TEXT,
  listed_on TEXT,
  notified_on TEXT,
  objection_deadline TEXT,
  approved_on TEXT,
  approved_by TEXT,
  objected_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (processor_id <> sub_processor_id),
  UNIQUE (processor_id, sub_processor_id)
);
CREATE INDEX sub_processor_link_sub ON sub_processor_link (sub_processor_id);

CREATE TABLE supervision (
  id INTEGER PRIMARY KEY,
  counterparty_id INTEGER NOT NULL REFERENCES counterparty (id) ON DELETE CASCADE,
  method TEXT NOT NULL CHECK (method IN
    ('isae3000_type1','isae3000_type2','isae3402_type1','isae3402_type2','soc2_type1','soc2_type2',
     'iso27001','questionnaire','written_confirmation','onsite_audit')),
  concept INTEGER CHECK (concept BETWEEN 1 AND 6),
  period_start TEXT,
  period_end TEXT,
  received_on TEXT,
  opinion TEXT CHECK (opinion IN ('unqualified','qualified','adverse','disclaimer')),
  deviations TEXT,
  followed_up_on TEXT,
  next_due TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX supervision_counterparty ON supervision (counterparty_id);
CREATE INDEX supervision_next_due ON supervision (next_due);

CREATE TABLE document (
  id INTEGER PRIMARY KEY,
  counterparty_id INTEGER REFERENCES counterparty (id) ON DELETE CASCADE,
  agreement_id INTEGER REFERENCES agreement (id) ON DELETE CASCADE,
  supervision_id INTEGER REFERENCES supervision (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  mime_type TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  content BLOB NOT NULL,
  created_at TEXT NOT NULL,
  CHECK ((counterparty_id IS NOT NULL) + (agreement_id IS NOT NULL) + (supervision_id IS NOT NULL) = 1)
);
CREATE INDEX document_counterparty ON document (counterparty_id);
CREATE INDEX document_agreement ON document (agreement_id);
CREATE INDEX document_supervision ON document (supervision_id);

CREATE TABLE change_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  os_user TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create','update','delete','redact')),
  entity TEXT NOT NULL,
  entity_id INTEGER,
  before TEXT CHECK (before IS NULL OR json_valid(before)),
  after TEXT CHECK (after IS NULL OR json_valid(after))
);
CREATE INDEX change_log_entity ON change_log (entity, entity_id);

CREATE TABLE setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
);
`
