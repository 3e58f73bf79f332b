-- Uploads not yet handed in, counted per applicant against onestop.applications.max-pending-files-per-account.
create index application_material_pending_owner_idx on application_material (owner_id)
    where submitted_in is null and certificate_number is null;
