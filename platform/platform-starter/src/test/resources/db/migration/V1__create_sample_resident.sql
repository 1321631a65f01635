CREATE TABLE sample_resident (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    id_number       VARCHAR(255) NOT NULL,
    id_number_index CHAR(64)     NOT NULL,
    UNIQUE KEY uk_sample_resident_id_number_index (id_number_index)
);
