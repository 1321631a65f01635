-- What a case is: an application (办件), a consultation (咨询) or a complaint (投诉).
ALTER TABLE case_file ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'APPLICATION';
