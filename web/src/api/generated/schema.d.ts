/**
 * Generated — do not edit. Run `npm run api:generate` after changing the server's routes or schemas;
 * `npm run check` fails while this file is stale. Source: the OpenAPI document of `kientruc openapi`.
 */

export interface paths {
    "/api/v1/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Access log: every request, newest first (administrators) */
        get: operations["listAccessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Administrative units of Viet Nam (34 provinces, 3,321 communes); province=33 gives Hưng Yên */
        get: operations["listAdminUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin-units/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One administrative unit */
        get: operations["getAdminUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agencies: departments, provincial bodies and the commune-level People’s Committees */
        get: operations["listAgencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agency */
        get: operations["getAgency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit trail: every change with before and after, newest first (administrators) */
        get: operations["listAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the audit trail: its hash chain and its signed checkpoints (administrators) */
        get: operations["verifyAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with e-mail and password
         * @description Opens a session: sets the httpOnly session cookie and returns the CSRF token to send with changes.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the current session */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I: the logged-in user (or none) with the CSRF token and my rights
         * @description Answers 200 for anyone, with user null when no one is logged in, so a page can ask without an error.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OpenID Connect redirect URI: opens a session and returns to the app */
        get: operations["finishOidcLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start an OpenID Connect login (redirects to the provider) */
        get: operations["startOidcLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password */
        post: operations["changeOwnPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ways to log in */
        get: operations["listLoginProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My API tokens (for machine clients) */
        get: operations["listMyApiTokens"];
        put?: never;
        /** Create an API token; the secret is shown only in this response */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of my API tokens */
        delete: operations["revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/communes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A commune of the province and the approved systems serving it: its own, and the provincial ones serving every commune */
        get: operations["getCatalogueCommune"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/elements/{code}/systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which approved systems hold an approved data dictionary element, by agency and lifecycle */
        get: operations["listCatalogueSystemsHoldingElement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public catalogue: approved systems (as approved) with their public facts, by search and filters */
        get: operations["listCatalogueSystems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/systems/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One approved system’s public card (its approved version); 404 for anything never approved */
        get: operations["getCatalogueSystem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/code-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** code lists: search (diacritics ignored) and filters; anonymous callers see approved versions only */
        get: operations["listCodeLists"];
        put?: never;
        /** Create a code list (a draft of its owner agency) */
        post: operations["createCodeList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/code-lists/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One code list */
        get: operations["getCodeList"];
        /** Change a code list: the version moves (major for breaking changes, minor otherwise) and every changed field is logged */
        put: operations["updateCodeList"];
        post?: never;
        /** Delete a code list nothing uses (what is in use can only be deprecated) */
        delete: operations["deleteCodeList"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/code-lists/{code}/{step}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Governance: submit (draft → in review), approve or return (reviewers), deprecate with a replacement (reviewers) */
        post: operations["transitionCodeList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/code-lists/{code}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The field-level change log of a code list: who, when, old and new value */
        get: operations["listCodeListChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/code-lists/{code}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Items of a code list: look up by code or by name, diacritics ignored ("pho hien" finds "Phường Phố Hiến") */
        get: operations["listCodeItems"];
        /** Add or change items (parents must exist one level up, without cycles); the list version moves and each item change is logged */
        put: operations["saveCodeItems"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/code-lists/{code}/items/{item}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of a code list, by its code */
        get: operations["getCodeItem"];
        put?: never;
        post?: never;
        /** Remove an item without children (to retire one in use, set its validTo instead) */
        delete: operations["deleteCodeItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/code-lists/{code}/items/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add or change a code list’s items from CSV or XLSX (columns code, name_vi, name_en, parent, level, valid_from, valid_to); all or nothing */
        post: operations["importCodeItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/code-lists/{code}/usages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a code list is used (entities, elements, registered systems) */
        get: operations["listCodeListUsages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/code-lists/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every approved version of a code list */
        get: operations["listCodeListVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/elements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** data elements: search (diacritics ignored) and filters; anonymous callers see approved versions only */
        get: operations["listElements"];
        put?: never;
        /** Create a data element (a draft of its owner agency) */
        post: operations["createElement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/elements/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One data element */
        get: operations["getElement"];
        /** Change a data element: the version moves (major for breaking changes, minor otherwise) and every changed field is logged */
        put: operations["updateElement"];
        post?: never;
        /** Delete a data element nothing uses (what is in use can only be deprecated) */
        delete: operations["deleteElement"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/elements/{code}/{step}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Governance: submit (draft → in review), approve or return (reviewers), deprecate with a replacement (reviewers) */
        post: operations["transitionElement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/elements/{code}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The field-level change log of a data element: who, when, old and new value */
        get: operations["listElementChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/elements/{code}/usages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a data element is used (entities, elements, registered systems) */
        get: operations["listElementUsages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/elements/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every approved version of a data element */
        get: operations["listElementVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/elements/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import elements from CSV or XLSX: new codes become drafts, known codes change like an edit; any error and nothing is written
         * @description Columns: code, name_vi, name_en, definition, data_type, pattern, format, min_length, max_length, minimum, maximum, code_list, code_level, classification, owner_agency_id, steward, synonyms (;-separated), external_ref, examples (;-separated).
         */
        post: operations["importElements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** entitys: search (diacritics ignored) and filters; anonymous callers see approved versions only */
        get: operations["listEntities"];
        put?: never;
        /** Create a entity (a draft of its owner agency) */
        post: operations["createEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/entities/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One entity */
        get: operations["getEntity"];
        /** Change a entity: the version moves (major for breaking changes, minor otherwise) and every changed field is logged */
        put: operations["updateEntity"];
        post?: never;
        /** Delete a entity nothing uses (what is in use can only be deprecated) */
        delete: operations["deleteEntity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/entities/{code}/{step}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Governance: submit (draft → in review), approve or return (reviewers), deprecate with a replacement (reviewers) */
        post: operations["transitionEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/entities/{code}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The field-level change log of a entity: who, when, old and new value */
        get: operations["listEntityChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/entities/{code}/schema.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The approved entity as JSON Schema (draft 2020-12) */
        get: operations["getEntityJsonSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/entities/{code}/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A CSV template with the approved entity’s columns, for agencies to fill in */
        get: operations["getEntityCsvTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/entities/{code}/usages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a entity is used (entities, elements, registered systems) */
        get: operations["listEntityUsages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/entities/{code}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate a JSON record or an array of records against the approved entity; Accept: text/csv returns the findings as CSV */
        post: operations["validateRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/entities/{code}/validate-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate a CSV or XLSX file against the approved entity, streamed; the run and its findings are kept
         * @description Send the file as the request body (Content-Type text/csv or the XLSX type). CSV must be UTF-8 (with or without BOM), comma- or semicolon-separated, with a header row naming the entity’s fields (by field name, element code or Vietnamese name). Findings name rows as the spreadsheet shows them (the header is row 1, the first data row 2): GET /api/v1/dictionary/validation-runs/{id}/findings and …/findings.csv.
         */
        post: operations["validateFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/entities/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every approved version of a entity */
        get: operations["listEntityVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/validation-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Past validations of files (yours and your agency’s; all for reviewers) */
        get: operations["listValidationRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/validation-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One validation run and its summary */
        get: operations["getValidationRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/validation-runs/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Findings of a run, row by row, with messages in Vietnamese and English */
        get: operations["listValidationFindings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionary/validation-runs/{id}/findings.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All kept findings of a run as CSV (UTF-8 with BOM; row, field, problem, value, message_vi, message_en) */
        get: operations["downloadValidationFindings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/credentials/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a credential */
        post: operations["revokeExchangeCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Access-right groups, local and global */
        get: operations["listExchangeGroups"];
        put?: never;
        /** Create a local access-right group (administrators) */
        post: operations["createExchangeGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/groups/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a client subsystem to a group */
        post: operations["addExchangeGroupMember"];
        /** Remove a client subsystem from a group */
        delete: operations["removeExchangeGroupMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Message-log records, newest first: administrators all, officers those their agency sent or received */
        get: operations["listExchangeLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/log/{xRequestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One record with its inclusion proof, checked against its signed seal */
        get: operations["getExchangeLogRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of the exchange (thành viên): agencies with their identifiers */
        get: operations["listExchangeMembers"];
        put?: never;
        /** Admit an agency as a member (administrators) */
        post: operations["createExchangeMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One member with its subsystems */
        get: operations["getExchangeMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/members/{id}/subsystems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a registered system of the member’s agency as its subsystem (hệ thống con) */
        post: operations["createExchangeSubsystem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/rights/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a right */
        delete: operations["revokeExchangeRight"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue of services: published ones for everyone, drafts for their providers */
        get: operations["listExchangeServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service with its endpoints and description versions */
        get: operations["getExchangeService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a service’s settings or lifecycle (publish, deprecate with a sunset date, retire) */
        patch: operations["changeExchangeService"];
        trace?: never;
    };
    "/api/v1/exchange/services/{id}/descriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a new OpenAPI description: a new version, whose endpoints replace the list */
        post: operations["addExchangeServiceDescription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/services/{id}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health of a service from its monitoring records (PR-OPMON’s names), per period and per endpoint */
        get: operations["getExchangeServiceHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/services/{id}/openapi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current description, its servers pointing at the gateway */
        get: operations["getExchangeServiceOpenApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/services/{id}/rights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rights granted on a service (its providers) */
        get: operations["listExchangeRights"];
        put?: never;
        /** Grant a client subsystem or a group the whole service or single endpoints */
        post: operations["grantExchangeRights"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subscriptions: to the caller’s agency’s services (provider), or its own requests (consumer) */
        get: operations["listExchangeSubscriptions"];
        put?: never;
        /** Request access to a service for one of the caller’s subsystems, with purpose and legal basis */
        post: operations["requestExchangeSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/subscriptions/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The provider approves (with a quota), rejects or revokes a subscription */
        post: operations["decideExchangeSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/subsystems/{id}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subsystem’s credentials (never their secrets) */
        get: operations["listExchangeCredentials"];
        put?: never;
        /** Create an API key or an OAuth client for a subsystem; the secret is in this answer only */
        post: operations["createExchangeCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/subsystems/{id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a REST service of a subsystem from its OpenAPI 3 description (a draft) */
        post: operations["createExchangeService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/systems/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A registered system on the exchange: the services it provides and calls, with 30 days of traffic */
        get: operations["getSystemExchange"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/traffic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Calls per second, errors and p95 per service over the last seconds, from every gateway */
        get: operations["getExchangeTraffic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/traffic/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same as server-sent events, one "traffic" event every 2 s (text/event-stream) */
        get: operations["streamExchangeTraffic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/framework": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The framework: four layers, national and provincial components, principles */
        get: operations["getFramework"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/framework/components": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Framework components, filtered */
        get: operations["listFrameworkComponents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/framework/components/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One framework component */
        get: operations["getFrameworkComponent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My work: requests to decide (with due dates), returned registrations, dictionary objects to review */
        get: operations["getInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How much work is waiting, for the header */
        get: operations["getInboxCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened to my requests and what I am asked to do, newest first */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark my notifications read */
        post: operations["markNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agency’s landscape: its systems by layer, compliance and open requests */
        get: operations["getAgencyLandscape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The province’s compliance at a glance: per rule and per agency */
        get: operations["getComplianceSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/compliance/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Evaluate every rule on every system now (reviewers, administrators) */
        post: operations["evaluateCompliance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/data-mapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conformance to the data dictionary: share of data objects mapped to approved elements, per system and per agency */
        get: operations["getDataMappingConformance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/data-mapping/elements/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which registered systems hold a data dictionary element: their data objects that name it, by agency, lifecycle, status and personal data */
        get: operations["listSystemsHoldingElement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/export/archimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole model (layers, components, agencies, systems, relations) in the ArchiMate 3.1 Open Exchange Format */
        get: operations["exportArchimate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/export/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registry as CSV (UTF-8 with BOM, Vietnamese headers) */
        get: operations["exportRegistryCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/export/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registry as an Excel workbook */
        get: operations["exportRegistryXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/import/archimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an ArchiMate Open Exchange file (e.g. exported by Archi): elements become systems, relationships relations
         * @description Send the file as the request body with Content-Type application/xml. All or nothing.
         */
        post: operations["importArchimate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/import/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The XLSX template agencies fill in to register systems in bulk */
        get: operations["getRegistryImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/import/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import systems from the filled XLSX template; any error and nothing is written
         * @description Send the workbook as the request body with Content-Type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. A 400 IMPORT_FAILED lists every error by row and field in details.errors.
         */
        post: operations["importRegistryXlsx"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/landscape/heatmap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The landscape heat map: framework components by agency, by the compliance of the systems implementing them
         * @description Rows: every framework component (of the layer asked); columns: the agencies owning a system that implements one; a cell for each pair with such systems (retired ones left out), from their stored compliance.
         */
        get: operations["getLandscapeHeatMap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/landscape/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The province-wide integration map: systems, their relations and their exchanges by channel (LGSP, NDXP, point to point)
         * @description Filters narrow the systems; an edge is given when both its ends are shown, the others are counted in edgesOutside. Retired systems are left out unless lifecycle=retired. An exchange comes from an interface that names its counterpart system, and runs from the side that consumes to the side that provides.
         */
        get: operations["getIntegrationMap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registration requests (reviewers: all; officers: their agency’s) */
        get: operations["listRegistrationRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve, return with comments, or reject a pending request (reviewers) */
        post: operations["decideRegistrationRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The compliance rules, each with its clause of Decision 2352/QĐ-UBND */
        get: operations["listComplianceRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registered systems: search (diacritics ignored) and filters */
        get: operations["listSystems"];
        put?: never;
        /** Register a system (as a draft of the owner agency) */
        post: operations["createSystem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/systems/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One system */
        get: operations["getSystem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a system; every change is kept as a new version
         * @description Send the ETag of the GET the form was filled from as If-Match: if someone saved meanwhile, the change is refused with 409 VERSION_CONFLICT (details: yours, current) instead of overwriting theirs.
         */
        patch: operations["updateSystem"];
        trace?: never;
    };
    "/api/v1/registry/systems/{id}/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compliance findings of a system, each with its clause and what to do */
        get: operations["getSystemCompliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/systems/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Field-by-field comparison of two versions */
        get: operations["diffSystemVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/systems/{id}/graph": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dependency graph: what the system uses and what uses it */
        get: operations["getSystemGraph"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/systems/{id}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Relations from and to a system */
        get: operations["listSystemRelations"];
        put?: never;
        /** Relate a system to another: uses, part_of, replaces, duplicates */
        post: operations["addSystemRelation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/systems/{id}/relations/{relationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a relation the system declared */
        delete: operations["removeSystemRelation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/systems/{id}/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the current version for review: establish, put into use, modify or retire
         * @description With If-Match, the submit is refused (409 VERSION_CONFLICT) unless the system is still at that version: the reviewer then reviews what the officer saw.
         */
        post: operations["submitRegistrationRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/systems/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every saved version of a system */
        get: operations["listSystemVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/systems/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of a system, as it was saved */
        get: operations["getSystemVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/waivers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exceptions to compliance rules across the registry, soonest expiry first */
        get: operations["listComplianceWaivers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roadmap/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Task groups I–VII of the roadmap */
        get: operations["listRoadmapGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roadmap/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Roadmap tasks (section 2.1), filtered by group, lead unit, status, priority, year */
        get: operations["listRoadmapTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roadmap/tasks/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One roadmap task with its progress history */
        get: operations["getRoadmapTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roadmap/tasks/{code}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report progress: a new status with a dated note (lead unit, reviewers, administrators) */
        post: operations["reportRoadmapProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List user accounts (administrators) */
        get: operations["listUsers"];
        put?: never;
        /** Create a user account (administrators) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user account (administrators) */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user: name, role, agency, active, password (administrators) */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health: the service, its database and signing key; 503 in maintenance (a load balancer drains the server) */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API as OpenAPI 3.1 */
        get: operations["getOpenApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AdminUnit */
        AdminUnit: {
            /** @description Official code of the General Statistics Office */
            code: string;
            fullName: {
                en: string;
                vi: string;
            };
            /** @enum {string} */
            level: "province" | "commune";
            name: {
                en: string;
                vi: string;
            };
            provinceCode: string | null;
            type: {
                en: string;
                vi: string;
            };
        };
        /** Agency */
        Agency: {
            /** @description Official code of the administrative unit (communes and the province) */
            adminUnitCode: string | null;
            clauses: string[];
            id: string;
            /** @enum {string} */
            kind: "province" | "people-committee-office" | "department" | "police" | "inspectorate" | "steering-committee" | "commune" | "ministry" | "central-agency";
            name: {
                en: string;
                vi: string;
            };
            namedInDecision: boolean;
            parentId: string | null;
            shortName: string | null;
        };
        /** CodeItem */
        CodeItem: {
            code: string;
            level: number;
            name: {
                en: string;
                vi: string;
            };
            parent?: string;
            /** Format: date */
            validFrom?: string;
            /** Format: date */
            validTo?: string;
        };
        /** CodeList */
        CodeList: {
            /** @description The version validation uses; null until approved */
            approvedVersion: string | null;
            /** @description Letters without diacritics, digits, _ . -; fixed once created */
            code: string;
            /** Format: date-time */
            createdAt: string;
            definition: string;
            /** Format: uuid */
            id: string;
            itemCount: number;
            levels: string[];
            name: {
                en: string;
                vi: string;
            };
            ownerAgencyId: string;
            replacedBy: string | null;
            /** @description Counts every save and governance step; the ETag, to send back as If-Match */
            revision: number;
            source?: string;
            /** @enum {string} */
            status: "draft" | "in_review" | "approved" | "deprecated";
            /** Format: date-time */
            updatedAt: string;
            /** @description major.minor of the working copy */
            version: string;
        };
        /** CodeListInput */
        CodeListInput: {
            /** @description Letters without diacritics, digits, _ . -; fixed once created */
            code: string;
            definition: string;
            levels: string[];
            name: {
                en: string;
                vi: string;
            };
            ownerAgencyId: string;
            source?: string;
        };
        /** ComplianceFinding */
        ComplianceFinding: {
            clause: string;
            details?: unknown;
            message?: {
                en: string;
                vi: string;
            };
            /**
             * @description waived: fails, but an exception that holds covers it (see waiver)
             * @enum {string}
             */
            outcome: "pass" | "fail" | "not_applicable" | "not_checkable" | "waived";
            remedy: {
                en: string;
                vi: string;
            };
            ruleId: string;
            /** @enum {string} */
            severity: "error" | "warning";
            title: {
                en: string;
                vi: string;
            };
            waiver?: components["schemas"]["ComplianceWaiver"];
        };
        /**
         * ComplianceWaiver
         * @description An exception to a compliance rule, accepted when a system failing it was approved
         */
        ComplianceWaiver: {
            /** @description Holds today */
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date
             * @description The last day it holds; after it the rule fails again
             */
            expiresOn: string;
            /** Format: uuid */
            id: string;
            /** @description The reviewer who accepted it */
            ownerLabel: string;
            /** @description Why the exception was accepted */
            reason: string;
            /** Format: uuid */
            requestId: string | null;
            ruleId: string;
            /** Format: uuid */
            systemId: string;
            /** @description The system version it was accepted for */
            version: number;
        };
        /** DataElement */
        DataElement: {
            /** @description The version validation uses; null until approved */
            approvedVersion: string | null;
            /**
             * @description public, internal, personal or sensitive (sensitive personal data, Decree 13/2023)
             * @enum {string}
             */
            classification: "public" | "internal" | "personal" | "sensitive";
            /** @description Letters without diacritics, digits, _ . -; fixed once created */
            code: string;
            /** @description Only items of this level of the code list */
            codeLevel?: number;
            /** @description For dataType code: the code list of allowed values */
            codeList?: string;
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            dataType: "text" | "integer" | "decimal" | "boolean" | "date" | "datetime" | "code";
            /** @description Business definition */
            definition: string;
            examples: string[];
            /** @description Identifier in the national shared data dictionary (Decision 2439/QĐ-TTg) */
            externalRef?: string;
            /** @description The format in words, e.g. "12 chữ số" */
            format?: string;
            /** Format: uuid */
            id: string;
            /** @description A number for integer/decimal, an ISO date or date-time for date/datetime */
            maximum?: number | string;
            maxLength?: number;
            /** @description A number for integer/decimal, an ISO date or date-time for date/datetime */
            minimum?: number | string;
            minLength?: number;
            name: {
                en: string;
                vi: string;
            };
            ownerAgencyId: string;
            /** @description ECMAScript regular expression the whole value must match, run on a linear-time (RE2) engine: no backreferences or lookaround */
            pattern?: string;
            replacedBy: string | null;
            /** @description Counts every save and governance step; the ETag, to send back as If-Match */
            revision: number;
            /** @enum {string} */
            status: "draft" | "in_review" | "approved" | "deprecated";
            steward?: string;
            synonyms: string[];
            /** Format: date-time */
            updatedAt: string;
            /** @description major.minor of the working copy */
            version: string;
        };
        /** DataElementInput */
        DataElementInput: {
            /**
             * @description public, internal, personal or sensitive (sensitive personal data, Decree 13/2023)
             * @enum {string}
             */
            classification: "public" | "internal" | "personal" | "sensitive";
            /** @description Letters without diacritics, digits, _ . -; fixed once created */
            code: string;
            /** @description Only items of this level of the code list */
            codeLevel?: number;
            /** @description For dataType code: the code list of allowed values */
            codeList?: string;
            /** @enum {string} */
            dataType: "text" | "integer" | "decimal" | "boolean" | "date" | "datetime" | "code";
            /** @description Business definition */
            definition: string;
            examples: string[];
            /** @description Identifier in the national shared data dictionary (Decision 2439/QĐ-TTg) */
            externalRef?: string;
            /** @description The format in words, e.g. "12 chữ số" */
            format?: string;
            /** @description A number for integer/decimal, an ISO date or date-time for date/datetime */
            maximum?: number | string;
            maxLength?: number;
            /** @description A number for integer/decimal, an ISO date or date-time for date/datetime */
            minimum?: number | string;
            minLength?: number;
            name: {
                en: string;
                vi: string;
            };
            ownerAgencyId: string;
            /** @description ECMAScript regular expression the whole value must match, run on a linear-time (RE2) engine: no backreferences or lookaround */
            pattern?: string;
            steward?: string;
            synonyms: string[];
        };
        /** DictionaryChange */
        DictionaryChange: {
            /** @description create, update, submit, approve, return, deprecate, items */
            action: string;
            actor: string;
            /** Format: date-time */
            at: string;
            comment: string | null;
            field: string | null;
            id: number;
            newValue: unknown;
            oldValue: unknown;
            version: string;
        };
        /** Entity */
        Entity: {
            /** @description The version validation uses; null until approved */
            approvedVersion: string | null;
            attributes: {
                /** @enum {string} */
                cardinality: "one" | "many";
                description?: string;
                /** @description Letters without diacritics, digits, _ . -; fixed once created */
                element: string;
                /** @description Field and column name; the element code by default */
                name?: string;
                required: boolean;
            }[];
            /** @description Letters without diacritics, digits, _ . -; fixed once created */
            code: string;
            /** Format: date-time */
            createdAt: string;
            definition: string;
            /** Format: uuid */
            id: string;
            name: {
                en: string;
                vi: string;
            };
            ownerAgencyId: string;
            relations: {
                /** @enum {string} */
                cardinality: "one" | "many";
                description?: string;
                /** @enum {string} */
                kind: "has" | "belongs_to" | "refers_to";
                /** @description Letters without diacritics, digits, _ . -; fixed once created */
                target: string;
            }[];
            replacedBy: string | null;
            /** @description Counts every save and governance step; the ETag, to send back as If-Match */
            revision: number;
            rules?: {
                description?: string;
                /** @description The field whose code must lie under the other */
                field: string;
                /**
                 * @description code_within: the code in `field` lies under the code in `within` in their shared code list (a commune within its province)
                 * @enum {string}
                 */
                kind: "code_within";
                /** @description The field holding the code above it (a province) */
                within: string;
            }[];
            /** @enum {string} */
            status: "draft" | "in_review" | "approved" | "deprecated";
            steward?: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description major.minor of the working copy */
            version: string;
        };
        /** EntityInput */
        EntityInput: {
            attributes: {
                /** @enum {string} */
                cardinality: "one" | "many";
                description?: string;
                /** @description Letters without diacritics, digits, _ . -; fixed once created */
                element: string;
                /** @description Field and column name; the element code by default */
                name?: string;
                required: boolean;
            }[];
            /** @description Letters without diacritics, digits, _ . -; fixed once created */
            code: string;
            definition: string;
            name: {
                en: string;
                vi: string;
            };
            ownerAgencyId: string;
            relations: {
                /** @enum {string} */
                cardinality: "one" | "many";
                description?: string;
                /** @enum {string} */
                kind: "has" | "belongs_to" | "refers_to";
                /** @description Letters without diacritics, digits, _ . -; fixed once created */
                target: string;
            }[];
            rules?: {
                description?: string;
                /** @description The field whose code must lie under the other */
                field: string;
                /**
                 * @description code_within: the code in `field` lies under the code in `within` in their shared code list (a commune within its province)
                 * @enum {string}
                 */
                kind: "code_within";
                /** @description The field holding the code above it (a province) */
                within: string;
            }[];
            steward?: string;
        };
        /** Error */
        Error: {
            /** @description Stable machine-readable code, e.g. VALIDATION_FAILED */
            code: string;
            details?: unknown;
            message: {
                en: string;
                vi: string;
            };
        };
        /** ExchangeCredential */
        ExchangeCredential: {
            /** @description The subsystem it authenticates */
            client: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            /** @description Public part: the OAuth client_id, or the middle of an API key */
            keyId: string;
            label: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** @description Only in the answer that creates it: the API key, or the OAuth client secret. Not kept; cannot be shown again */
            secret?: string;
            /** Format: uuid */
            subsystemId: string;
            /** @enum {string} */
            type: "api_key" | "oauth_client";
        };
        /** ExchangeEndpoint */
        ExchangeEndpoint: {
            /** Format: uuid */
            id: string;
            method: string;
            path: string;
            /** @description Set when a newer description dropped it */
            removedInVersion: number | null;
            summary: string | null;
        };
        /** ExchangeGroup */
        ExchangeGroup: {
            code: string;
            /** Format: date-time */
            createdAt: string;
            description: string;
            global: boolean;
            /** Format: uuid */
            id: string;
            /** @description INSTANCE/CODE */
            identifier: string;
            instance: string;
            members: string[];
        };
        /** ExchangeLogPage */
        ExchangeLogPage: {
            items: {
                batch: number;
                client: string;
                faultCode: string | null;
                /** Format: date-time */
                loggedAt: string;
                method: string | null;
                /** @description Its content was removed by retention after export to a signed archive */
                pruned: boolean;
                seq: number;
                service: string;
                status: number | null;
                succeeded: boolean | null;
                target: string | null;
                /** Format: uuid */
                xRequestId: string;
                xRoadId: string;
            }[];
            /** @description Pass as before for the next page */
            nextBefore: number | null;
        };
        /** ExchangeLogRecord */
        ExchangeLogRecord: {
            /** @description The hashed fields (docs/exchange-protocol.md §6.1) */
            fields: {
                [key: string]: unknown;
            } | null;
            hash: string;
            /** Format: date-time */
            loggedAt: string;
            prevHash: string;
            proof: {
                auditPath: string[];
                batch: number;
                hash: string;
                leafIndex: number;
                seal: {
                    keyId: string;
                    signature: string;
                    text: string;
                };
                seq: number;
                treeSize: number;
                xRequestId: string;
                xRoadId: string;
            } | null;
            seq: number;
            verification: {
                ok: boolean;
                problems: string[];
            };
            /** Format: uuid */
            xRequestId: string;
            xRoadId: string;
        };
        /** ExchangeMember */
        ExchangeMember: {
            agencyId: string;
            code: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description INSTANCE/CLASS/MEMBER */
            identifier: string;
            instance: string;
            /** @enum {string} */
            memberClass: "GOV" | "ORG" | "COM";
            /** @description On the record of one member */
            subsystems?: components["schemas"]["ExchangeSubsystem"][];
        };
        /** ExchangeRight */
        ExchangeRight: {
            client: string | null;
            /** @description null: the whole service */
            endpoint: {
                /** Format: uuid */
                id: string;
                method: string;
                path: string;
            } | null;
            /** Format: date-time */
            grantedAt: string;
            grantedBy: string;
            /** Format: uuid */
            groupId: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            serviceId: string;
            /** Format: uuid */
            subscriptionId: string | null;
        };
        /** ExchangeService */
        ExchangeService: {
            agencyId: string;
            /** @description Shown only to those who manage the service */
            backendUrl: string | null;
            /** @description Whether the caller may change it */
            canManage: boolean;
            code: string;
            /** Format: date-time */
            createdAt: string;
            currentVersion: number;
            endpoints: components["schemas"]["ExchangeEndpoint"][];
            /** Format: uuid */
            id: string;
            /** @description INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE */
            identifier: string;
            logBodies: boolean;
            logBodyLimitBytes: number;
            maxRequestBytes: number;
            maxResponseBytes: number;
            /** @description The provider subsystem’s identifier */
            provider: string;
            retentionDays: number;
            /** @description info.version of the current description */
            serviceVersion: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "deprecated" | "retired";
            /** Format: uuid */
            subsystemId: string;
            /** Format: date-time */
            sunsetAt: string | null;
            themes: string[];
            timeoutMs: number;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            versions: {
                /** Format: date-time */
                createdAt: string;
                createdBy: string;
                /** @enum {string} */
                format: "json" | "yaml";
                openapi: string;
                serviceVersion: string;
                sha256: string;
                version: number;
            }[];
        };
        /** ExchangeServiceHealth */
        ExchangeServiceHealth: {
            endpoints: {
                /** Format: date-time */
                lastSuccessfulRequestTimestamp: string | null;
                /** Format: date-time */
                lastUnsuccessfulRequestTimestamp: string | null;
                method: string;
                path: string;
                periods: {
                    lastDay: {
                        /** @description ms */
                        requestAverageDuration: number | null;
                        /** @description ms */
                        requestMaxDuration: number | null;
                        /** @description ms */
                        requestMinDuration: number | null;
                        successfulRequestCount: number;
                        unsuccessfulRequestCount: number;
                    };
                    lastHour: {
                        /** @description ms */
                        requestAverageDuration: number | null;
                        /** @description ms */
                        requestMaxDuration: number | null;
                        /** @description ms */
                        requestMinDuration: number | null;
                        successfulRequestCount: number;
                        unsuccessfulRequestCount: number;
                    };
                    lastWeek: {
                        /** @description ms */
                        requestAverageDuration: number | null;
                        /** @description ms */
                        requestMaxDuration: number | null;
                        /** @description ms */
                        requestMinDuration: number | null;
                        successfulRequestCount: number;
                        unsuccessfulRequestCount: number;
                    };
                };
            }[];
            /** Format: date-time */
            lastSuccessfulRequestTimestamp: string | null;
            /** Format: date-time */
            lastUnsuccessfulRequestTimestamp: string | null;
            periods: {
                lastDay: {
                    /** @description ms */
                    requestAverageDuration: number | null;
                    /** @description ms */
                    requestMaxDuration: number | null;
                    /** @description ms */
                    requestMinDuration: number | null;
                    successfulRequestCount: number;
                    unsuccessfulRequestCount: number;
                };
                lastHour: {
                    /** @description ms */
                    requestAverageDuration: number | null;
                    /** @description ms */
                    requestMaxDuration: number | null;
                    /** @description ms */
                    requestMinDuration: number | null;
                    successfulRequestCount: number;
                    unsuccessfulRequestCount: number;
                };
                lastWeek: {
                    /** @description ms */
                    requestAverageDuration: number | null;
                    /** @description ms */
                    requestMaxDuration: number | null;
                    /** @description ms */
                    requestMinDuration: number | null;
                    successfulRequestCount: number;
                    unsuccessfulRequestCount: number;
                };
            };
            service: string;
            /** Format: uuid */
            serviceId: string;
        };
        /** ExchangeServiceSummary */
        ExchangeServiceSummary: {
            agencyId: string;
            /** @description Shown only to those who manage the service */
            backendUrl: string | null;
            code: string;
            /** Format: date-time */
            createdAt: string;
            currentVersion: number;
            /** Format: uuid */
            id: string;
            /** @description INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE */
            identifier: string;
            logBodies: boolean;
            logBodyLimitBytes: number;
            maxRequestBytes: number;
            maxResponseBytes: number;
            /** @description The provider subsystem’s identifier */
            provider: string;
            retentionDays: number;
            /** @description info.version of the current description */
            serviceVersion: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "deprecated" | "retired";
            /** Format: uuid */
            subsystemId: string;
            /** Format: date-time */
            sunsetAt: string | null;
            themes: string[];
            timeoutMs: number;
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** ExchangeSubscription */
        ExchangeSubscription: {
            client: string;
            /** Format: uuid */
            clientSubsystemId: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            decidedBy: string | null;
            decisionNote: string | null;
            endpointIds: string[];
            /** @description The endpoints asked for; none: the whole service */
            endpoints: {
                /** Format: uuid */
                id: string;
                method: string;
                path: string;
            }[];
            /** Format: uuid */
            id: string;
            legalBasis: string;
            maxRequestBytes: number;
            personalData: boolean;
            purpose: string;
            quotaPerDay: number;
            quotaPerMinute: number;
            /** Format: date-time */
            requestedAt: string;
            requestedBy: string;
            /** @description The service identifier */
            service: string;
            /** Format: uuid */
            serviceId: string;
            serviceTitle: string;
            /** @enum {string} */
            status: "requested" | "approved" | "rejected" | "revoked";
        };
        /** ExchangeSubsystem */
        ExchangeSubsystem: {
            code: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description INSTANCE/CLASS/MEMBER/SUBSYSTEM, as the X-Road-Client header names it */
            identifier: string;
            /** Format: uuid */
            memberId: string;
            /**
             * Format: uuid
             * @description The registered system it is
             */
            systemId: string;
        };
        /** ExchangeSystem */
        ExchangeSystem: {
            consumes: {
                calls: number;
                errors: number;
                /** Format: date-time */
                lastCallAt: string | null;
                service: string;
                /** Format: uuid */
                serviceId: string;
                title: string;
            }[];
            provides: {
                calls: number;
                clients: number;
                code: string;
                errors: number;
                /** Format: date-time */
                lastCallAt: string | null;
                /** Format: uuid */
                serviceId: string;
                /** @enum {string} */
                status: "draft" | "published" | "deprecated" | "retired";
                title: string;
            }[];
            /** @description Its subsystem identifier; null when it is not on the exchange */
            subsystem: string | null;
            /** Format: uuid */
            systemId: string;
        };
        /** ExchangeTraffic */
        ExchangeTraffic: {
            /** Format: date-time */
            at: string;
            services: {
                calls: number;
                errors: number;
                p95Ms: number | null;
                perSecond: number;
                service: string;
                /** Format: uuid */
                serviceId: string | null;
            }[];
            windowSeconds: number;
        };
        /** FrameworkComponent */
        FrameworkComponent: {
            clause: string;
            /** @description Clause-style code, e.g. II.2(1) */
            code: string;
            description: {
                en: string;
                vi: string;
            };
            group: {
                en: string;
                vi: string;
            } | null;
            layer: string;
            legalBasis: string[];
            name: {
                en: string;
                vi: string;
            };
            position: number;
            /**
             * @description national: shared across the political system; provincial: of the province
             * @enum {string}
             */
            scope: "national" | "provincial";
            shortName: string | null;
        };
        /** PublicCommune */
        PublicCommune: {
            agency: {
                id: string;
                name: {
                    en: string;
                    vi: string;
                };
            };
            /** @description Administrative unit code */
            code: string;
            name: {
                en: string;
                vi: string;
            };
        };
        /**
         * PublicSystem
         * @description An approved system as the public sees it: no security level, hosting, interfaces, contacts or documents
         */
        PublicSystem: {
            /** @description Whom it serves: its public channels reach citizens and businesses */
            audiences: ("internal" | "agencies" | "citizens" | "businesses")[];
            code: string;
            /** @description The commune whose People’s Committee owns it */
            commune: {
                code: string;
                name: {
                    en: string;
                    vi: string;
                };
            } | null;
            components: {
                code: string;
                /** @enum {string} */
                link: "implements" | "uses";
                name: {
                    en: string;
                    vi: string;
                };
            }[];
            /** @description Approved data dictionary elements its data objects hold */
            dataElements: {
                code: string;
                name: {
                    en: string;
                    vi: string;
                };
            }[];
            /** @enum {string} */
            kind: "information_system" | "database" | "platform" | "api";
            /** @description Layer of the framework: I, II, III or IV */
            layer: string;
            /** @enum {string} */
            lifecycle: "planned" | "building" | "in_use" | "phasing_out" | "retired";
            name: {
                en: string;
                vi: string;
            };
            owner: {
                id: string;
                name: {
                    en: string;
                    vi: string;
                };
            };
            purpose: string;
            /** @description A provincial body’s system serving other agencies, citizens or businesses: shown on every commune’s page */
            servesEveryCommune: boolean;
            /** @description Its public web address, if any */
            url: string | null;
            /** @description The approved version shown */
            version: number;
        };
        /** RegistrationRequest */
        RegistrationRequest: {
            /** Format: date-time */
            decidedAt: string | null;
            decidedByLabel: string | null;
            decisionComment: string | null;
            /** Format: uuid */
            id: string;
            note: string | null;
            /** @enum {string} */
            status: "pending" | "approved" | "returned" | "rejected";
            /** Format: date-time */
            submittedAt: string;
            submittedByLabel: string;
            system: {
                code: string;
                nameVi: string;
                ownerAgencyId: string;
            } | null;
            /** Format: uuid */
            systemId: string;
            /** @enum {string} */
            type: "establish" | "put_into_use" | "modify" | "retire";
            version: number;
        };
        /** RoadmapProgress */
        RoadmapProgress: {
            authorId: string | null;
            authorLabel: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            note: string;
            /** Format: date */
            reportedOn: string;
            /** @enum {string} */
            status: "not_started" | "in_progress" | "done" | "delayed" | "suspended";
            taskCode: string;
        };
        /** RoadmapTask */
        RoadmapTask: {
            /** @description Group and number, e.g. IV.1 */
            code: string;
            coordinating: {
                agencies: string[];
                groups: string[];
                /** @description As the decision words it */
                text: string;
            };
            group: string;
            lead: {
                agencies: string[];
                groups: string[];
                /** @description As the decision words it */
                text: string;
            };
            period: {
                from: number;
                to: number;
            };
            position: number;
            /** @enum {string} */
            priority: "priority" | "annual_plan" | "plan";
            priorityText: string;
            /** @enum {string} */
            status: "not_started" | "in_progress" | "done" | "delayed" | "suspended";
            /** Format: date-time */
            statusUpdatedAt: string | null;
            title: {
                en: string;
                vi: string;
            };
        };
        /** SystemInput */
        SystemInput: {
            /** @enum {string} */
            accessibility: "wcag_aa" | "partial" | "none" | "unknown";
            accessLogging: boolean;
            audiences: ("internal" | "agencies" | "citizens" | "businesses")[];
            authentication: ("vneid" | "provincial_sso" | "own" | "none")[];
            /** @description Short code, e.g. HY-LGSP */
            code: string;
            components: {
                code: string;
                /** @enum {string} */
                link: "implements" | "uses";
            }[];
            contacts: {
                email?: string;
                name: string;
                phone?: string;
                role: string;
            }[];
            dataObjects: {
                description?: string;
                /** @description Codes of the data dictionary elements this data object holds */
                elements?: string[];
                name: string;
                personal: boolean;
                sensitive: boolean;
            }[];
            departmentSoftware: boolean;
            documents: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                date?: string;
                issuer?: string;
                /** @enum {string} */
                kind: "legal_basis" | "ministry_agreement" | "security_approval" | "design" | "investment_decision" | "other";
                number?: string;
                title: string;
                /** @description An http:// or https:// address; empty to clear it */
                url?: string;
            }[];
            /** @enum {string} */
            hosting: "provincial_dc_hung_yen" | "provincial_dc_thai_binh" | "national_dc" | "ministry" | "commercial_cloud" | "vendor" | "on_premises" | "unknown";
            hostingNote?: string;
            interfaces: {
                /** @description An http:// or https:// address; empty to clear it */
                catalogueUrl?: string;
                /**
                 * @description lgsp, ndxp, direct (point to point) or internal
                 * @enum {string}
                 */
                channel: "lgsp" | "ndxp" | "direct" | "internal";
                counterpartAgencyId?: string;
                /** Format: uuid */
                counterpartSystemId?: string;
                /** @enum {string} */
                direction: "provides" | "consumes";
                name: string;
                protocol?: string;
                /** @description Provided API registered and published in the catalogue (V-APEX) */
                published?: boolean;
            }[];
            /** @enum {string} */
            ipv6: "ready" | "partial" | "not_ready" | "unknown";
            /** @enum {string} */
            kind: "information_system" | "database" | "platform" | "api";
            /** @description Layer of the framework: I, II, III or IV */
            layer: string;
            /** @enum {string} */
            lifecycle: "planned" | "building" | "in_use" | "phasing_out" | "retired";
            name: {
                en: string;
                vi: string;
            };
            ownerAgencyId: string;
            purpose: string;
            secureSessions: boolean;
            securityLevel: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                approvalDate?: string;
                approvalNumber?: string;
                /** @description Cấp độ 1–5 (Decree 85/2016) */
                level: number;
            } | null;
            supplier?: string;
            uiLanguages: string[];
            /** @description An http:// or https:// address; empty to clear it */
            url?: string;
            yearStarted?: number;
        };
        /** SystemRecord */
        SystemRecord: {
            /** @enum {string} */
            accessibility: "wcag_aa" | "partial" | "none" | "unknown";
            accessLogging: boolean;
            approvedVersion: number | null;
            audiences: ("internal" | "agencies" | "citizens" | "businesses")[];
            authentication: ("vneid" | "provincial_sso" | "own" | "none")[];
            /** @description Short code, e.g. HY-LGSP */
            code: string;
            compliance: {
                /** @description Failed rules of severity error */
                errors: number;
                /** Format: date-time */
                evaluatedAt: string;
                outcomes: {
                    [key: string]: string;
                };
                /**
                 * @description failing: a rule of severity error fails; warnings_only: only warnings; passing: no rule fails
                 * @enum {string}
                 */
                result: "failing" | "warnings_only" | "passing";
                /** @description Failed rules covered by an exception that holds (counted neither as errors nor warnings) */
                waived: number;
                /** @description Failed rules of severity warning */
                warnings: number;
            } | null;
            components: {
                code: string;
                /** @enum {string} */
                link: "implements" | "uses";
            }[];
            contacts: {
                email?: string;
                name: string;
                phone?: string;
                role: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            dataObjects: {
                description?: string;
                /** @description Codes of the data dictionary elements this data object holds */
                elements?: string[];
                name: string;
                personal: boolean;
                sensitive: boolean;
            }[];
            departmentSoftware: boolean;
            documents: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                date?: string;
                issuer?: string;
                /** @enum {string} */
                kind: "legal_basis" | "ministry_agreement" | "security_approval" | "design" | "investment_decision" | "other";
                number?: string;
                title: string;
                /** @description An http:// or https:// address; empty to clear it */
                url?: string;
            }[];
            /** @description Saved since the approved version: the status (e.g. approved) is that of the approved version, the changes are not approved yet */
            hasUnapprovedChanges: boolean;
            /** @enum {string} */
            hosting: "provincial_dc_hung_yen" | "provincial_dc_thai_binh" | "national_dc" | "ministry" | "commercial_cloud" | "vendor" | "on_premises" | "unknown";
            hostingNote?: string;
            /** Format: uuid */
            id: string;
            interfaces: {
                /** @description An http:// or https:// address; empty to clear it */
                catalogueUrl?: string;
                /**
                 * @description lgsp, ndxp, direct (point to point) or internal
                 * @enum {string}
                 */
                channel: "lgsp" | "ndxp" | "direct" | "internal";
                counterpartAgencyId?: string;
                /** Format: uuid */
                counterpartSystemId?: string;
                /** @enum {string} */
                direction: "provides" | "consumes";
                name: string;
                protocol?: string;
                /** @description Provided API registered and published in the catalogue (V-APEX) */
                published?: boolean;
            }[];
            /** @enum {string} */
            ipv6: "ready" | "partial" | "not_ready" | "unknown";
            /** @enum {string} */
            kind: "information_system" | "database" | "platform" | "api";
            /** @description Layer of the framework: I, II, III or IV */
            layer: string;
            /** @enum {string} */
            lifecycle: "planned" | "building" | "in_use" | "phasing_out" | "retired";
            name: {
                en: string;
                vi: string;
            };
            ownerAgencyId: string;
            purpose: string;
            secureSessions: boolean;
            securityLevel: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                approvalDate?: string;
                approvalNumber?: string;
                /** @description Cấp độ 1–5 (Decree 85/2016) */
                level: number;
            } | null;
            /**
             * @description Follows the last decision on its registration requests
             * @enum {string}
             */
            status: "draft" | "pending" | "approved" | "returned" | "rejected";
            supplier?: string;
            uiLanguages: string[];
            /** Format: date-time */
            updatedAt: string;
            /** @description An http:// or https:// address; empty to clear it */
            url?: string;
            /** @description false for records imported from public sources, until the owner confirms them */
            verified: boolean;
            version: number;
            /** @description Exceptions to compliance rules, current and expired (on the record of one system) */
            waivers?: components["schemas"]["ComplianceWaiver"][];
            yearStarted?: number;
        };
        /** SystemRelation */
        SystemRelation: {
            from: {
                code: string;
                id: string;
                nameVi: string;
                ownerAgencyId: string;
            } | null;
            /** Format: uuid */
            fromId: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            to: {
                code: string;
                id: string;
                nameVi: string;
                ownerAgencyId: string;
            } | null;
            /** Format: uuid */
            toId: string;
            /**
             * @description uses (from uses to), part_of, replaces, duplicates
             * @enum {string}
             */
            type: "uses" | "part_of" | "replaces" | "duplicates";
        };
        /** SystemSummary */
        SystemSummary: {
            approvedVersion: number | null;
            /** @description Short code, e.g. HY-LGSP */
            code: string;
            compliance: {
                /** @description Failed rules of severity error */
                errors: number;
                /** Format: date-time */
                evaluatedAt: string;
                outcomes: {
                    [key: string]: string;
                };
                /**
                 * @description failing: a rule of severity error fails; warnings_only: only warnings; passing: no rule fails
                 * @enum {string}
                 */
                result: "failing" | "warnings_only" | "passing";
                /** @description Failed rules covered by an exception that holds (counted neither as errors nor warnings) */
                waived: number;
                /** @description Failed rules of severity warning */
                warnings: number;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Saved since the approved version: the status (e.g. approved) is that of the approved version, the changes are not approved yet */
            hasUnapprovedChanges: boolean;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "information_system" | "database" | "platform" | "api";
            /** @description Layer of the framework: I, II, III or IV */
            layer: string;
            /** @enum {string} */
            lifecycle: "planned" | "building" | "in_use" | "phasing_out" | "retired";
            name: {
                en: string;
                vi: string;
            };
            ownerAgencyId: string;
            /**
             * @description Follows the last decision on its registration requests
             * @enum {string}
             */
            status: "draft" | "pending" | "approved" | "returned" | "rejected";
            /** Format: date-time */
            updatedAt: string;
            /** @description false for records imported from public sources, until the owner confirms them */
            verified: boolean;
            version: number;
        };
        /** User */
        User: {
            active: boolean;
            agencyId: string | null;
            /** Format: date-time */
            createdAt: string;
            email: string;
            hasPassword: boolean;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastLoginAt: string | null;
            name: string;
            oidcIssuer: string | null;
            /**
             * @description admin, reviewer, officer (scoped to one agency) or viewer
             * @enum {string}
             */
            role: "admin" | "reviewer" | "officer" | "viewer";
        };
        /** ValidationFinding */
        ValidationFinding: {
            field: string;
            message: {
                en: string;
                vi: string;
            };
            /** @description missing, wrong_type, bad_format, too_short, too_long, unknown_code, out_of_range, unknown_field, missing_column, leading_zeros_lost, legacy_encoding, inconsistent */
            problem: string;
            /** @description The row as the spreadsheet shows it, the header being row 1 (CSV: the record’s number counting the header as 1; XLSX: the sheet’s row); 0 for the file as a whole. JSON: the record’s position, from 1 */
            row: number;
            value?: string | null;
        };
        /** ValidationRun */
        ValidationRun: {
            bytes: number | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            durationMs: number;
            entityCode: string;
            entityVersion: string;
            fileName: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            source: "json" | "csv" | "xlsx";
            summary: components["schemas"]["ValidationSummary"];
        };
        /** ValidationSummary */
        ValidationSummary: {
            byField: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            findings: number;
            invalidRows: number;
            rows: number;
            /** @description More findings exist than were kept */
            truncated: boolean;
            validRows: number;
        };
        WorkItem: {
            agencyId: string | null;
            /**
             * Format: date-time
             * @description When a decision is due: REVIEW_DUE_WORKING_DAYS working days after it was asked for
             */
            dueAt: string | null;
            /** @enum {string} */
            kind: "registry_request_to_decide" | "registry_system_returned" | "registry_waiver_expiring" | "dictionary_object_to_review";
            /** @description The page of the web app where it is done */
            link: string;
            overdue: boolean;
            /** Format: date-time */
            since: string;
            title: {
                en: string;
                vi: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAccessLog: {
        parameters: {
            query: {
                from?: string;
                /** @description Page size */
                limit: number;
                method?: string;
                /** @description Items to skip */
                offset: number;
                /** @description Path prefix */
                path?: string;
                status?: number;
                to?: string;
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            at: string;
                            durationMs: number;
                            id: number;
                            ip: string;
                            method: string;
                            path: string;
                            requestId: string;
                            status: number;
                            tokenId: string | null;
                            userAgent: string | null;
                            userId: string | null;
                        }[];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAdminUnits: {
        parameters: {
            query: {
                level?: "province" | "commune";
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
                /** @description Province code; 33 is Hưng Yên */
                province?: string;
                /** @description Search text; Vietnamese diacritics are ignored */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AdminUnit"][];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUnit"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAgencies: {
        parameters: {
            query: {
                kind?: "province" | "people-committee-office" | "department" | "police" | "inspectorate" | "steering-committee" | "commune" | "ministry" | "central-agency";
                /** @description Page size */
                limit: number;
                namedInDecision?: boolean;
                /** @description Items to skip */
                offset: number;
                /** @description Search text; Vietnamese diacritics are ignored */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Agency"][];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditTrail: {
        parameters: {
            query: {
                actorId?: string;
                entity?: string;
                entityId?: string;
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actorId: string | null;
                            actorLabel: string;
                            after: unknown;
                            /** Format: date-time */
                            at: string;
                            before: unknown;
                            entity: string;
                            entityId: string;
                            hash: string;
                            prevHash: string;
                            requestId: string | null;
                            seq: number;
                        }[];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    verifyAuditTrail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Entries of the chain checked */
                        checked: number;
                        /** @description Signed checkpoints checked (database and file) */
                        checkpoints: number;
                        ok: boolean;
                        problems: {
                            counter?: number;
                            problem: string;
                            seq: number;
                        }[];
                        /** @description The newest entry a valid checkpoint vouches for */
                        sealedSeq: number;
                        /** @description Sequence numbers after it, protected by the chain alone until the next checkpoint */
                        unsealed: number;
                    };
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Send as X-CSRF-Token on every change made with the session cookie */
                        csrfToken: string | null;
                        /** @description What the caller may do, by right (e.g. "registry.system.edit"): on every record, on their own agency's, or not at all. The server checks again on every call. */
                        rights: {
                            [key: string]: "all" | "own_agency" | "none";
                        };
                        user: components["schemas"]["User"];
                        via: "session" | "token";
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Send as X-CSRF-Token on every change made with the session cookie */
                        csrfToken: string | null;
                        /** @description What the caller may do, by right (e.g. "registry.system.edit"): on every record, on their own agency's, or not at all. The server checks again on every call. */
                        rights: {
                            [key: string]: "all" | "own_agency" | "none";
                        };
                        /** @description null for an anonymous visitor or an expired session */
                        user: components["schemas"]["User"] | null;
                        via: "session" | "token" | null;
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    finishOidcLogin: {
        parameters: {
            query?: {
                code?: string;
                error?: string;
                error_description?: string;
                iss?: string;
                session_state?: string;
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Back to the app, logged in */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startOidcLogin: {
        parameters: {
            query?: {
                returnTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the identity provider */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changeOwnPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Changed; other sessions are closed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listLoginProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        local: boolean;
                        oidc: {
                            id: string;
                            loginUrl: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMyApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            lastUsedAt: string | null;
                            name: string;
                            prefix: string;
                            /** Format: date-time */
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    expiresInDays?: number;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** ApiToken */
                        item: {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            lastUsedAt: string | null;
                            name: string;
                            prefix: string;
                            /** Format: date-time */
                            revokedAt: string | null;
                        };
                        /** @description Send as Authorization: Bearer <token> */
                        token: string;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCatalogueCommune: {
        parameters: {
            query: {
                lifecycle?: "planned" | "building" | "in_use" | "phasing_out" | "retired";
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
                /** @description Code, names and purpose; diacritics ignored */
                q?: string;
            };
            header?: never;
            path: {
                /** @description Administrative unit code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        commune: components["schemas"]["PublicCommune"];
                        /** PublicSystemPage */
                        systems: {
                            items: components["schemas"]["PublicSystem"][];
                            limit: number;
                            offset: number;
                            /** @description Items matching the filter, across all pages */
                            total: number;
                        };
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCatalogueSystemsHoldingElement: {
        parameters: {
            query: {
                /** @description Owner agency id */
                agency?: string;
                lifecycle?: "planned" | "building" | "in_use" | "phasing_out" | "retired";
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PublicSystem"][];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCatalogueSystems: {
        parameters: {
            query: {
                /** @description Owner agency id */
                agency?: string;
                /** @description Administrative unit code of a commune: the systems serving it */
                commune?: string;
                /** @description A framework component it implements or uses */
                component?: string;
                kind?: "information_system" | "database" | "platform" | "api";
                lifecycle?: "planned" | "building" | "in_use" | "phasing_out" | "retired";
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
                /** @description Code, names and purpose; diacritics ignored */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PublicSystem"][];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCatalogueSystem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An approved system as the public sees it: no security level, hosting, interfaces, contacts or documents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicSystem"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCodeLists: {
        parameters: {
            query: {
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
                /** @description Owner agency id */
                owner?: string;
                q?: string;
                status?: "draft" | "in_review" | "approved" | "deprecated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CodeList"][];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCodeList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeListInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The record’s version, to send back as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeList"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCodeList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record’s version, to send back as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeList"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCodeList: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag the change is based on (from the GET that showed the record). A stale one is refused with 409 VERSION_CONFLICT; without it the change applies to whatever is current. */
                "if-match"?: string;
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    changeNote?: string;
                    /** @description Letters without diacritics, digits, _ . -; fixed once created */
                    code: string;
                    definition: string;
                    levels: string[];
                    name: {
                        en: string;
                        vi: string;
                    };
                    ownerAgencyId: string;
                    source?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record’s version, to send back as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeList"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCodeList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    transitionCodeList: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag the change is based on (from the GET that showed the record). A stale one is refused with 409 VERSION_CONFLICT; without it the change applies to whatever is current. */
                "if-match"?: string;
            };
            path: {
                code: string;
                step: "submit" | "approve" | "return" | "deprecate";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    replacedBy?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record’s version, to send back as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeList"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCodeListChanges: {
        parameters: {
            query: {
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DictionaryChange"][];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCodeItems: {
        parameters: {
            query: {
                /** @description Only items valid on this day */
                at?: string;
                level?: number;
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
                /** @description Only children of this code */
                parent?: string;
                q?: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CodeItem"][];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveCodeItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: components["schemas"]["CodeItem"][];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        added: number;
                        changed: number;
                        unchanged: number;
                        version: string;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCodeItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                item: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeItem"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCodeItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                item: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importCodeItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        added: number;
                        changed: number;
                        unchanged: number;
                        version: string;
                    };
                };
            };
            /** @description Not a CSV/XLSX file, or rows in error (details: row as the spreadsheet numbers it, field, message) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        details?: {
                            field?: string;
                            message: {
                                en: string;
                                vi: string;
                            };
                            /** @description The row as the spreadsheet shows it: the header is row 1, empty rows count */
                            row: number;
                            value?: string;
                        }[];
                        message: {
                            en: string;
                            vi: string;
                        };
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCodeListUsages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        source: string;
                    }[];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCodeListVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        approvedAt: string;
                        approvedBy: string | null;
                        spec: unknown;
                        version: string;
                    }[];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listElements: {
        parameters: {
            query: {
                classification?: "public" | "internal" | "personal" | "sensitive";
                codeList?: string;
                dataType?: "text" | "integer" | "decimal" | "boolean" | "date" | "datetime" | "code";
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
                /** @description Owner agency id */
                owner?: string;
                q?: string;
                status?: "draft" | "in_review" | "approved" | "deprecated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DataElement"][];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createElement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataElementInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The record’s version, to send back as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataElement"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getElement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record’s version, to send back as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataElement"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateElement: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag the change is based on (from the GET that showed the record). A stale one is refused with 409 VERSION_CONFLICT; without it the change applies to whatever is current. */
                "if-match"?: string;
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    changeNote?: string;
                    /**
                     * @description public, internal, personal or sensitive (sensitive personal data, Decree 13/2023)
                     * @enum {string}
                     */
                    classification: "public" | "internal" | "personal" | "sensitive";
                    /** @description Letters without diacritics, digits, _ . -; fixed once created */
                    code: string;
                    /** @description Only items of this level of the code list */
                    codeLevel?: number;
                    /** @description For dataType code: the code list of allowed values */
                    codeList?: string;
                    /** @enum {string} */
                    dataType: "text" | "integer" | "decimal" | "boolean" | "date" | "datetime" | "code";
                    /** @description Business definition */
                    definition: string;
                    examples: string[];
                    /** @description Identifier in the national shared data dictionary (Decision 2439/QĐ-TTg) */
                    externalRef?: string;
                    /** @description The format in words, e.g. "12 chữ số" */
                    format?: string;
                    /** @description A number for integer/decimal, an ISO date or date-time for date/datetime */
                    maximum?: number | string;
                    maxLength?: number;
                    /** @description A number for integer/decimal, an ISO date or date-time for date/datetime */
                    minimum?: number | string;
                    minLength?: number;
                    name: {
                        en: string;
                        vi: string;
                    };
                    ownerAgencyId: string;
                    /** @description ECMAScript regular expression the whole value must match, run on a linear-time (RE2) engine: no backreferences or lookaround */
                    pattern?: string;
                    steward?: string;
                    synonyms: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record’s version, to send back as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataElement"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteElement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    transitionElement: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag the change is based on (from the GET that showed the record). A stale one is refused with 409 VERSION_CONFLICT; without it the change applies to whatever is current. */
                "if-match"?: string;
            };
            path: {
                code: string;
                step: "submit" | "approve" | "return" | "deprecate";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    replacedBy?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record’s version, to send back as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataElement"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listElementChanges: {
        parameters: {
            query: {
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DictionaryChange"][];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listElementUsages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        source: string;
                    }[];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listElementVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        approvedAt: string;
                        approvedBy: string | null;
                        spec: unknown;
                        version: string;
                    }[];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importElements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        rows: number;
                        unchanged: number;
                        updated: number;
                    };
                };
            };
            /** @description Not a CSV/XLSX file, or rows in error (details: row as the spreadsheet numbers it, field, message) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        details?: {
                            field?: string;
                            message: {
                                en: string;
                                vi: string;
                            };
                            /** @description The row as the spreadsheet shows it: the header is row 1, empty rows count */
                            row: number;
                            value?: string;
                        }[];
                        message: {
                            en: string;
                            vi: string;
                        };
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEntities: {
        parameters: {
            query: {
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
                /** @description Owner agency id */
                owner?: string;
                q?: string;
                status?: "draft" | "in_review" | "approved" | "deprecated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Entity"][];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createEntity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The record’s version, to send back as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entity"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record’s version, to send back as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entity"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateEntity: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag the change is based on (from the GET that showed the record). A stale one is refused with 409 VERSION_CONFLICT; without it the change applies to whatever is current. */
                "if-match"?: string;
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attributes: {
                        /** @enum {string} */
                        cardinality: "one" | "many";
                        description?: string;
                        /** @description Letters without diacritics, digits, _ . -; fixed once created */
                        element: string;
                        /** @description Field and column name; the element code by default */
                        name?: string;
                        required: boolean;
                    }[];
                    changeNote?: string;
                    /** @description Letters without diacritics, digits, _ . -; fixed once created */
                    code: string;
                    definition: string;
                    name: {
                        en: string;
                        vi: string;
                    };
                    ownerAgencyId: string;
                    relations: {
                        /** @enum {string} */
                        cardinality: "one" | "many";
                        description?: string;
                        /** @enum {string} */
                        kind: "has" | "belongs_to" | "refers_to";
                        /** @description Letters without diacritics, digits, _ . -; fixed once created */
                        target: string;
                    }[];
                    rules?: {
                        description?: string;
                        /** @description The field whose code must lie under the other */
                        field: string;
                        /**
                         * @description code_within: the code in `field` lies under the code in `within` in their shared code list (a commune within its province)
                         * @enum {string}
                         */
                        kind: "code_within";
                        /** @description The field holding the code above it (a province) */
                        within: string;
                    }[];
                    steward?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record’s version, to send back as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entity"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    transitionEntity: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag the change is based on (from the GET that showed the record). A stale one is refused with 409 VERSION_CONFLICT; without it the change applies to whatever is current. */
                "if-match"?: string;
            };
            path: {
                code: string;
                step: "submit" | "approve" | "return" | "deprecate";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    replacedBy?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record’s version, to send back as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entity"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEntityChanges: {
        parameters: {
            query: {
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DictionaryChange"][];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEntityJsonSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A JSON Schema 2020-12 document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/schema+json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/schema+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/schema+json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/schema+json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/schema+json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEntityCsvTemplate: {
        parameters: {
            query?: {
                /** @description Add one row of example values */
                example?: boolean;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV, UTF-8 with BOM */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["Error"];
                };
            };
        };
    };
    listEntityUsages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        source: string;
                    }[];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    validateRecords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        /** @description One record, or an array of records */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                } | unknown[];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entity: string;
                        findings: components["schemas"]["ValidationFinding"][];
                        summary: components["schemas"]["ValidationSummary"];
                        version: string;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    validateFile: {
        parameters: {
            query?: {
                fileName?: string;
                /** @description Overrides recognition by content */
                format?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationRun"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEntityVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        approvedAt: string;
                        approvedBy: string | null;
                        spec: unknown;
                        version: string;
                    }[];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listValidationRuns: {
        parameters: {
            query: {
                entity?: string;
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ValidationRun"][];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getValidationRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationRun"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listValidationFindings: {
        parameters: {
            query: {
                field?: string;
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
                problem?: "missing" | "wrong_type" | "bad_format" | "too_short" | "too_long" | "unknown_code" | "out_of_range" | "unknown_field" | "missing_column" | "leading_zeros_lost" | "legacy_encoding" | "inconsistent";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ValidationFinding"][];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadValidationFindings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeExchangeCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeCredential"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listExchangeGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeGroup"][];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createExchangeGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Group code, unique in the instance */
                    code: string;
                    description: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeGroup"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addExchangeGroupMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description INSTANCE/CLASS/MEMBER/SUBSYSTEM */
                    client: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeGroup"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeExchangeGroupMember: {
        parameters: {
            query: {
                client: string;
            };
            header?: never;
            path: {
                /** @description The record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeGroup"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listExchangeLog: {
        parameters: {
            query: {
                /** @description Records before this seq (the previous page’s nextBefore) */
                before?: number;
                client?: string;
                from?: string;
                limit: number;
                service?: string;
                to?: string;
                xRoadId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeLogPage"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExchangeLogRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                xRequestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeLogRecord"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listExchangeMembers: {
        parameters: {
            query: {
                /** @description The member of this agency (at most one) */
                agencyId?: string;
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ExchangeMember"][];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createExchangeMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The agency of the framework that becomes a member */
                    agencyId: string;
                    /** @description The member code: the agency’s electronic identifier code (QĐ 20/2020/QĐ-TTg) when it has one; the agency’s id by default */
                    code?: string;
                    /**
                     * @description GOV: state bodies; ORG: other public organisations; COM: enterprises
                     * @enum {string}
                     */
                    memberClass: "GOV" | "ORG" | "COM";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeMember"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExchangeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeMember"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createExchangeSubsystem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The subsystem code, unique within the member, e.g. mot-cua */
                    code: string;
                    /** @description The registered system (its id or code), owned by the member’s agency */
                    systemId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeSubsystem"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeExchangeRight: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listExchangeServices: {
        parameters: {
            query: {
                agencyId?: string;
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
                /** @description Words of the title or code */
                q?: string;
                status?: "draft" | "published" | "deprecated" | "retired";
                theme?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ExchangeServiceSummary"][];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExchangeService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeService"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changeExchangeService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Base URL of the provider’s REST API (http or https); {path} of a call is appended to it */
                    backendUrl?: string;
                    /** @description Keep bodies in the message log (headers are always kept) */
                    logBodies?: boolean;
                    /** @description Bodies larger than this are logged by their SHA-512 alone (64 KiB by default) */
                    logBodyLimitBytes?: number;
                    /** @description Largest request body (10 MiB by default) */
                    maxRequestBytes?: number;
                    /** @description Largest response body (50 MiB by default) */
                    maxResponseBytes?: number;
                    /** @description Days the message log keeps this service’s records (365 by default) */
                    retentionDays?: number;
                    /**
                     * @description draft → published → deprecated (needs sunsetAt) → retired
                     * @enum {string}
                     */
                    status?: "draft" | "published" | "deprecated" | "retired";
                    /**
                     * Format: date-time
                     * @description When a deprecated service stops answering (Sunset header, RFC 8594)
                     */
                    sunsetAt?: string | null;
                    /** @description Catalogue themes */
                    themes?: string[];
                    /** @description Until the first response byte, and between body chunks (30 s by default) */
                    timeoutMs?: number;
                    /** @description Shown in the catalogue; the description’s info.title by default */
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeService"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addExchangeServiceDescription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The OpenAPI 3 description, JSON or YAML text */
                    description?: string;
                    /** @description Or its URL, on the backend’s own origin */
                    descriptionUrl?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeService"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExchangeServiceHealth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeServiceHealth"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExchangeServiceOpenApi: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listExchangeRights: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeRight"][];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    grantExchangeRights: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The client subsystem’s identifier INSTANCE/CLASS/MEMBER/SUBSYSTEM */
                    client?: string;
                    /** @description Single endpoints; none: the whole service */
                    endpointIds?: string[];
                    /**
                     * Format: uuid
                     * @description Or an access-right group
                     */
                    groupId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Rights added; ones already held are kept */
                        granted: number;
                        rights: components["schemas"]["ExchangeRight"][];
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listExchangeSubscriptions: {
        parameters: {
            query?: {
                as?: "provider" | "consumer";
                serviceId?: string;
                status?: "requested" | "approved" | "rejected" | "revoked";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeSubscription"][];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    requestExchangeSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The consumer’s subsystem, which will call
                     */
                    clientSubsystemId: string;
                    /** @description Single endpoints; none: the whole service */
                    endpointIds?: string[];
                    /** @description Căn cứ pháp lý (Decree 13/2023 asks it for personal data) */
                    legalBasis: string;
                    /** @description The data asked for is personal data */
                    personalData?: boolean;
                    /** @description Mục đích sử dụng */
                    purpose: string;
                    /** Format: uuid */
                    serviceId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeSubscription"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    decideExchangeSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approve" | "reject" | "revoke";
                    /** @description Payload limit of this consumer (the service’s by default) */
                    maxRequestBytes?: number;
                    note?: string;
                    /** @description 10,000 by default */
                    quotaPerDay?: number;
                    /** @description 60 by default */
                    quotaPerMinute?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeSubscription"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listExchangeCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeCredential"][];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createExchangeCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description After this the credential is refused; never by default
                     */
                    expiresAt?: string | null;
                    label: string;
                    /**
                     * @description api_key: sent as LGSP-Api-Key; oauth_client: exchanged at /oauth2/token for short-lived tokens
                     * @enum {string}
                     */
                    type: "api_key" | "oauth_client";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeCredential"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createExchangeService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Base URL of the provider’s REST API (http or https); {path} of a call is appended to it */
                    backendUrl: string;
                    /** @description The service code, unique within the subsystem, e.g. tra-cuu-ho-so */
                    code: string;
                    /** @description The OpenAPI 3 description, JSON or YAML text */
                    description?: string;
                    /** @description Or its URL, on the backend’s own origin */
                    descriptionUrl?: string;
                    /** @description Keep bodies in the message log (headers are always kept) */
                    logBodies?: boolean;
                    /** @description Bodies larger than this are logged by their SHA-512 alone (64 KiB by default) */
                    logBodyLimitBytes?: number;
                    /** @description Largest request body (10 MiB by default) */
                    maxRequestBytes?: number;
                    /** @description Largest response body (50 MiB by default) */
                    maxResponseBytes?: number;
                    /** @description Days the message log keeps this service’s records (365 by default) */
                    retentionDays?: number;
                    /** @description Catalogue themes */
                    themes?: string[];
                    /** @description Until the first response byte, and between body chunks (30 s by default) */
                    timeoutMs?: number;
                    /** @description Shown in the catalogue; the description’s info.title by default */
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeService"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSystemExchange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The registered system’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeSystem"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExchangeTraffic: {
        parameters: {
            query: {
                /** @description Seconds */
                window: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeTraffic"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    streamExchangeTraffic: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/event-stream */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFramework: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        layers: {
                            code: string;
                            description: {
                                en: string;
                                vi: string;
                            };
                            name: {
                                en: string;
                                vi: string;
                            };
                            position: number;
                            scopes: {
                                components: components["schemas"]["FrameworkComponent"][];
                                /** @enum {string} */
                                scope: "national" | "provincial";
                                title: {
                                    en: string;
                                    vi: string;
                                };
                            }[];
                        }[];
                        principles: {
                            clause: string;
                            code: string;
                            text: {
                                en: string;
                                vi: string;
                            };
                        }[];
                        source: {
                            date: string;
                            issuer: string;
                            number: string;
                            title: {
                                en: string;
                                vi: string;
                            };
                        };
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listFrameworkComponents: {
        parameters: {
            query?: {
                layer?: string;
                /** @description Search text; Vietnamese diacritics are ignored */
                q?: string;
                scope?: "national" | "provincial";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FrameworkComponent"][];
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFrameworkComponent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkComponent"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byKind: {
                            [key: string]: number;
                        };
                        items: components["schemas"]["WorkItem"][];
                        overdue: number;
                        /** @description Work items in all (the list holds at most 200 of each kind) */
                        total: number;
                        unreadNotifications: number;
                    };
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInboxCounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byKind: {
                            [key: string]: number;
                        };
                        overdue: number;
                        /** @description Work items in all (the list holds at most 200 of each kind) */
                        total: number;
                        unreadNotifications: number;
                    };
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query: {
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            emailed: boolean;
                            id: string;
                            kind: string;
                            link: string;
                            /** Format: date-time */
                            readAt: string | null;
                            title: {
                                en: string;
                                vi: string;
                            };
                        }[];
                        limit: number;
                        offset: number;
                        total: number;
                        unread: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        marked: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAgencyLandscape: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: components["schemas"]["Agency"];
                        compliance: {
                            byAgency: {
                                agencyId: string;
                                failing: number;
                                passing: number;
                                systems: number;
                                /** @description Systems with at least one exception that holds (also counted in failing, warning or passing) */
                                waived: number;
                                warning: number;
                            }[];
                            byRule: {
                                clause: string;
                                fail: number;
                                not_applicable: number;
                                not_checkable: number;
                                pass: number;
                                ruleId: string;
                                severity: string;
                                title: {
                                    en: string;
                                    vi: string;
                                };
                                /** @description Systems failing the rule under an exception that holds */
                                waived: number;
                            }[];
                            totals: {
                                failing: number;
                                passing: number;
                                systems: number;
                                /** @description Systems with at least one exception that holds (also counted in failing, warning or passing) */
                                waived: number;
                                warning: number;
                            };
                        };
                        systems: components["schemas"]["SystemRecord"][];
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getComplianceSummary: {
        parameters: {
            query?: {
                agency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byAgency: {
                            agencyId: string;
                            failing: number;
                            passing: number;
                            systems: number;
                            /** @description Systems with at least one exception that holds (also counted in failing, warning or passing) */
                            waived: number;
                            warning: number;
                        }[];
                        byRule: {
                            clause: string;
                            fail: number;
                            not_applicable: number;
                            not_checkable: number;
                            pass: number;
                            ruleId: string;
                            severity: string;
                            title: {
                                en: string;
                                vi: string;
                            };
                            /** @description Systems failing the rule under an exception that holds */
                            waived: number;
                        }[];
                        totals: {
                            failing: number;
                            passing: number;
                            systems: number;
                            /** @description Systems with at least one exception that holds (also counted in failing, warning or passing) */
                            waived: number;
                            warning: number;
                        };
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    evaluateCompliance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: number;
                        rules: number;
                        systems: number;
                        timings: {
                            evaluateMs: number;
                            loadMs: number;
                            storeMs: number;
                            totalMs: number;
                        };
                        warnings: number;
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDataMappingConformance: {
        parameters: {
            query?: {
                agency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agencies: {
                            agencyId: string;
                            mapped: number;
                            /** @description mapped / total; null without data objects */
                            share: number | null;
                            systems: number;
                            total: number;
                        }[];
                        mapped: number;
                        /** @description mapped / total; null without data objects */
                        share: number | null;
                        systems: {
                            code: string;
                            id: string;
                            mapped: number;
                            nameVi: string;
                            ownerAgencyId: string;
                            total: number;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSystemsHoldingElement: {
        parameters: {
            query: {
                /** @description Owner agency id */
                agency?: string;
                lifecycle?: "planned" | "building" | "in_use" | "phasing_out" | "retired";
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
                /** @description true: a data object holding it is personal data; false: none is */
                personal?: boolean;
                status?: "draft" | "pending" | "approved" | "returned" | "rejected";
            };
            header?: never;
            path: {
                /** @description The element code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            /** @description Its data objects that name the element */
                            dataObjects: {
                                name: string;
                                personal: boolean;
                                sensitive: boolean;
                            }[];
                            id: string;
                            /** @enum {string} */
                            lifecycle: "planned" | "building" | "in_use" | "phasing_out" | "retired";
                            nameVi: string;
                            ownerAgencyId: string;
                            /** @enum {string} */
                            status: "draft" | "pending" | "approved" | "returned" | "rejected";
                        }[];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportArchimate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An ArchiMate Open Exchange Format document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Error"];
                };
            };
        };
    };
    exportRegistryCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["Error"];
                };
            };
        };
    };
    exportRegistryXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                };
            };
        };
    };
    importArchimate: {
        parameters: {
            query: {
                /** @description Check and count, write nothing */
                dryRun: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        relations: number;
                        skipped: {
                            identifier: string;
                            reason: {
                                en: string;
                                vi: string;
                            };
                            type: string;
                        }[];
                        unchanged: number;
                        updated: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRegistryImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX workbook with instructions and value lists */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                };
            };
        };
    };
    importRegistryXlsx: {
        parameters: {
            query: {
                /** @description Check and count, write nothing */
                dryRun: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        rows: number;
                        unchanged: number;
                        updated: number;
                    };
                };
            };
            /** @description Not an XLSX file, or rows in error (details.errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        details?: {
                            errors?: {
                                column: string;
                                field: string;
                                message: {
                                    en: string;
                                    vi: string;
                                };
                                row: number;
                                value: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            vi: string;
                        };
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLandscapeHeatMap: {
        parameters: {
            query?: {
                /** @description Layer of the framework */
                layer?: "I" | "II" | "III" | "IV";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agencies: {
                            id: string;
                            nameEn: string;
                            nameVi: string;
                            shortName: string | null;
                        }[];
                        cells: {
                            agencyId: string;
                            componentCode: string;
                            failing: number;
                            /** @description Systems not evaluated yet: in systems, in none of the three */
                            notEvaluated: number;
                            passing: number;
                            /**
                             * @description The worst of the cell’s systems; none when none of them has been evaluated
                             * @enum {string}
                             */
                            result: "failing" | "warnings_only" | "passing" | "none";
                            systems: number;
                            warningsOnly: number;
                        }[];
                        components: {
                            code: string;
                            layer: string;
                            nameEn: string;
                            nameVi: string;
                            /** @enum {string} */
                            scope: "national" | "provincial";
                            shortName: string | null;
                        }[];
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIntegrationMap: {
        parameters: {
            query?: {
                /** @description Owner agency id */
                agency?: string;
                /** @description A framework component code the system implements or uses */
                component?: string;
                /** @description Layer of the framework */
                layer?: "I" | "II" | "III" | "IV";
                lifecycle?: "planned" | "building" | "in_use" | "phasing_out" | "retired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        edges: ({
                            fromId: string;
                            /** @enum {string} */
                            kind: "relation";
                            toId: string;
                            /** @enum {string} */
                            type: "uses" | "part_of" | "replaces" | "duplicates";
                        } | {
                            /**
                             * @description lgsp, ndxp, direct (point to point) or internal
                             * @enum {string}
                             */
                            channel: "lgsp" | "ndxp" | "direct" | "internal";
                            /** @description The side that consumes */
                            fromId: string;
                            /** @description Names of the interfaces declaring it */
                            interfaces: string[];
                            /** @enum {string} */
                            kind: "exchange";
                            /** @description The side that provides */
                            toId: string;
                        })[];
                        /** @description Relations and exchanges of the systems shown with systems the filters leave out (not in edges) */
                        edgesOutside: number;
                        nodes: {
                            code: string;
                            /**
                             * @description null until the rules have been evaluated on it
                             * @enum {string|null}
                             */
                            compliance: "failing" | "warnings_only" | "passing" | null;
                            errors: number;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "information_system" | "database" | "platform" | "api";
                            layer: string;
                            /** @enum {string} */
                            lifecycle: "planned" | "building" | "in_use" | "phasing_out" | "retired";
                            nameEn: string | null;
                            nameVi: string;
                            ownerAgencyId: string;
                            warnings: number;
                        }[];
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRegistrationRequests: {
        parameters: {
            query: {
                agency?: string;
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
                status?: "pending" | "approved" | "returned" | "rejected";
                system?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RegistrationRequest"][];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    decideRegistrationRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    /** @enum {string} */
                    decision: "approve" | "return" | "reject";
                    /** @description Approving a system that fails rules of severity error: one exception per such rule (reason, expiry date), else 400 WAIVER_REQUIRED listing them */
                    waivers?: {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, after today: the last day the exception holds
                         */
                        expiresOn: string;
                        /** @description Why the exception is accepted */
                        reason: string;
                        ruleId: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        request: components["schemas"]["RegistrationRequest"];
                        system: components["schemas"]["SystemRecord"];
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listComplianceRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            clause: string;
                            id: string;
                            remedy: {
                                en: string;
                                vi: string;
                            };
                            severity: string;
                            title: {
                                en: string;
                                vi: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSystems: {
        parameters: {
            query: {
                /** @description true: retired systems left out (as the landscape heat map counts) */
                active?: boolean;
                /** @description Owner agency id */
                agency?: string;
                compliance?: "failing" | "warning" | "passing";
                /** @description A framework component code the system implements or uses */
                component?: string;
                kind?: "information_system" | "database" | "platform" | "api";
                layer?: "I" | "II" | "III" | "IV";
                lifecycle?: "planned" | "building" | "in_use" | "phasing_out" | "retired";
                /** @description Page size */
                limit: number;
                /** @description With component: only the systems implementing it (implements) or only those using it (uses) */
                link?: "implements" | "uses";
                /** @description Items to skip */
                offset: number;
                q?: string;
                /** @description Only systems failing this rule */
                rule?: string;
                sort?: "code" | "name" | "updated";
                status?: "draft" | "pending" | "approved" | "returned" | "rejected";
                verified?: boolean;
                /** @description full (the default): whole records; summary: what a list shows (SystemSummary: code, name, owner, layer, lifecycle, status, compliance), without the record’s body (contacts, data objects, interfaces, documents) */
                view?: "full" | "summary";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SystemRecord"][];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    } | {
                        items: components["schemas"]["SystemSummary"][];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSystem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SystemInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The record’s version, to send back as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemRecord"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSystem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The system’s id or its code */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record’s version, to send back as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemRecord"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSystem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag the change is based on (from the GET that showed the record). A stale one is refused with 409 VERSION_CONFLICT; without it the change applies to whatever is current. */
                "if-match"?: string;
            };
            path: {
                /** @description The system’s id or its code */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    accessibility?: "wcag_aa" | "partial" | "none" | "unknown";
                    accessLogging?: boolean;
                    audiences?: ("internal" | "agencies" | "citizens" | "businesses")[];
                    authentication?: ("vneid" | "provincial_sso" | "own" | "none")[];
                    /** @description Why the record changed; kept with the version */
                    changeNote?: string;
                    /** @description Short code, e.g. HY-LGSP */
                    code?: string;
                    components?: {
                        code: string;
                        /** @enum {string} */
                        link: "implements" | "uses";
                    }[];
                    contacts?: {
                        email?: string;
                        name: string;
                        phone?: string;
                        role: string;
                    }[];
                    dataObjects?: {
                        description?: string;
                        /** @description Codes of the data dictionary elements this data object holds */
                        elements?: string[];
                        name: string;
                        personal: boolean;
                        sensitive: boolean;
                    }[];
                    departmentSoftware?: boolean;
                    documents?: {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        date?: string;
                        issuer?: string;
                        /** @enum {string} */
                        kind: "legal_basis" | "ministry_agreement" | "security_approval" | "design" | "investment_decision" | "other";
                        number?: string;
                        title: string;
                        /** @description An http:// or https:// address; empty to clear it */
                        url?: string;
                    }[];
                    /** @enum {string} */
                    hosting?: "provincial_dc_hung_yen" | "provincial_dc_thai_binh" | "national_dc" | "ministry" | "commercial_cloud" | "vendor" | "on_premises" | "unknown";
                    hostingNote?: string;
                    interfaces?: {
                        /** @description An http:// or https:// address; empty to clear it */
                        catalogueUrl?: string;
                        /**
                         * @description lgsp, ndxp, direct (point to point) or internal
                         * @enum {string}
                         */
                        channel: "lgsp" | "ndxp" | "direct" | "internal";
                        counterpartAgencyId?: string;
                        /** Format: uuid */
                        counterpartSystemId?: string;
                        /** @enum {string} */
                        direction: "provides" | "consumes";
                        name: string;
                        protocol?: string;
                        /** @description Provided API registered and published in the catalogue (V-APEX) */
                        published?: boolean;
                    }[];
                    /** @enum {string} */
                    ipv6?: "ready" | "partial" | "not_ready" | "unknown";
                    /** @enum {string} */
                    kind?: "information_system" | "database" | "platform" | "api";
                    /** @description Layer of the framework: I, II, III or IV */
                    layer?: string;
                    /** @enum {string} */
                    lifecycle?: "planned" | "building" | "in_use" | "phasing_out" | "retired";
                    name?: {
                        en: string;
                        vi: string;
                    };
                    ownerAgencyId?: string;
                    purpose?: string;
                    secureSessions?: boolean;
                    securityLevel?: {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        approvalDate?: string;
                        approvalNumber?: string;
                        /** @description Cấp độ 1–5 (Decree 85/2016) */
                        level: number;
                    } | null;
                    supplier?: string;
                    uiLanguages?: string[];
                    /** @description An http:// or https:// address; empty to clear it */
                    url?: string;
                    yearStarted?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record’s version, to send back as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemRecord"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSystemCompliance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The system’s id or its code */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Failed rules of severity error */
                        errors: number;
                        findings: components["schemas"]["ComplianceFinding"][];
                        /**
                         * @description failing: a rule of severity error fails; warnings_only: only warnings; passing: no rule fails
                         * @enum {string}
                         */
                        result: "failing" | "warnings_only" | "passing";
                        systemId: string;
                        /** @description Failed rules covered by an exception that holds */
                        waived: number;
                        /** @description Every exception granted to the system, current and expired */
                        waivers: components["schemas"]["ComplianceWaiver"][];
                        /** @description Failed rules of severity warning */
                        warnings: number;
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    diffSystemVersions: {
        parameters: {
            query: {
                from: number;
                to: number;
            };
            header?: never;
            path: {
                /** @description The system’s id or its code */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changes: {
                            after: unknown;
                            before: unknown;
                            field: string;
                        }[];
                        from: number;
                        to: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSystemGraph: {
        parameters: {
            query: {
                depth: number;
            };
            header?: never;
            path: {
                /** @description The system’s id or its code */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        edges: {
                            fromId: string;
                            id: string;
                            toId: string;
                            type: string;
                        }[];
                        nodes: {
                            code: string;
                            errors: number;
                            id: string;
                            kind: string;
                            lifecycle: string;
                            nameVi: string;
                            ownerAgencyId: string;
                            warnings: number;
                        }[];
                        rootId: string;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSystemRelations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The system’s id or its code */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SystemRelation"][];
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addSystemRelation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The system’s id or its code */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    /** @description The other system’s id or code */
                    toId: string;
                    /** @enum {string} */
                    type: "uses" | "part_of" | "replaces" | "duplicates";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemRelation"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeSystemRelation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The system’s id or its code */
                id: string;
                relationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    submitRegistrationRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag the change is based on (from the GET that showed the record). A stale one is refused with 409 VERSION_CONFLICT; without it the change applies to whatever is current. */
                "if-match"?: string;
            };
            path: {
                /** @description The system’s id or its code */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    /** @enum {string} */
                    type: "establish" | "put_into_use" | "modify" | "retire";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationRequest"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSystemVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The system’s id or its code */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            approved: boolean;
                            authorLabel: string;
                            changeNote: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            lifecycle: string;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSystemVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The system’s id or its code */
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorLabel: string;
                        changeNote: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        data: components["schemas"]["SystemInput"];
                        version: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listComplianceWaivers: {
        parameters: {
            query: {
                /** @description Owner agency of the system */
                agency?: string;
                /** @description Only those whose last day is on or before this date (with state=active: about to expire) */
                expiresBefore?: string;
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
                /** @description active: holds today; expired: no longer holds */
                state?: "active" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: (components["schemas"]["ComplianceWaiver"] & {
                            system: {
                                code: string;
                                nameVi: string;
                                ownerAgencyId: string;
                            };
                        })[];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRoadmapGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: {
                                en: string;
                                vi: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRoadmapTasks: {
        parameters: {
            query: {
                group?: string;
                /** @description Agency id among the lead units */
                lead?: string;
                /** @description departments, communes, ministries, relevant-units */
                leadGroup?: string;
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
                priority?: "priority" | "annual_plan" | "plan";
                /** @description Search text; Vietnamese diacritics are ignored */
                q?: string;
                status?: "not_started" | "in_progress" | "done" | "delayed" | "suspended";
                /** @description A year within the task period */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RoadmapTask"][];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRoadmapTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoadmapTask"] & {
                        progress: components["schemas"]["RoadmapProgress"][];
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reportRoadmapProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                    /**
                     * Format: date
                     * @description The date the progress refers to (YYYY-MM-DD)
                     */
                    reportedOn: string;
                    /** @enum {string} */
                    status: "not_started" | "in_progress" | "done" | "delayed" | "suspended";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entry: components["schemas"]["RoadmapProgress"];
                        task: components["schemas"]["RoadmapTask"];
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query: {
                agencyId?: string;
                /** @description Page size */
                limit: number;
                /** @description Items to skip */
                offset: number;
                q?: string;
                /** @description admin, reviewer, officer (scoped to one agency) or viewer */
                role?: "admin" | "reviewer" | "officer" | "viewer";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["User"][];
                        limit: number;
                        offset: number;
                        /** @description Items matching the filter, across all pages */
                        total: number;
                    };
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agencyId?: string | null;
                    email: string;
                    name: string;
                    password?: string;
                    /**
                     * @description admin, reviewer, officer (scoped to one agency) or viewer
                     * @enum {string}
                     */
                    role: "admin" | "reviewer" | "officer" | "viewer";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    agencyId?: string | null;
                    name?: string;
                    password?: string;
                    /**
                     * @description admin, reviewer, officer (scoped to one agency) or viewer
                     * @enum {string}
                     */
                    role?: "admin" | "reviewer" | "officer" | "viewer";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Bad request: malformed JSON or a value that fails validation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed, or missing CSRF token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        database: {
                            kind: string;
                            latencyMs: number;
                        };
                        /** @enum {string} */
                        status: "ok";
                        uptimeSeconds: number;
                        version: string;
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description In maintenance, the database does not answer, or the signing key does not work */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["Error"];
                };
            };
        };
    };
    getOpenApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not logged in, or the API token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
