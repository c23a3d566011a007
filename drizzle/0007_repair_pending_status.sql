-- Systems left "pending review" without a request to decide (the demo generator made them): back to the status the
-- rest of their record supports, approved when a version was approved, draft otherwise.
UPDATE "registry_systems" s SET "status" = CASE WHEN s."approved_version" IS NOT NULL THEN 'approved' ELSE 'draft' END WHERE s."status" = 'pending' AND NOT EXISTS (SELECT 1 FROM "registry_requests" r WHERE r."system_id" = s."id" AND r."status" = 'pending');
