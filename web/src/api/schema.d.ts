/**
 * GENERATED from the server's OpenAPI document by scripts/write-api-types.ts — do not edit.
 * `npm run typecheck` regenerates it (`npm run api-types` alone); read it through web/src/api/types.ts.
 */

export interface paths {
    "/api/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active agents in your scope, by name (the agent picker) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    orgUnitId?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                displayName: string;
                                id: number;
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                            }[];
                        };
                    };
                };
            };
        };
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
        /** Audit entries in your scope: filtered, sorted (newest first unless asked), one page with its total */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actorId?: number;
                    cursor?: string;
                    dateFrom?: string;
                    dateTo?: string;
                    entityId?: string;
                    entityType?: string;
                    /** @description with cursor: keyset paging for walking a whole list */
                    limit?: number;
                    orgUnitId?: number;
                    /** @description from 1; offset paging */
                    page?: number;
                    pageSize?: 10 | 20 | 50 | 100;
                    /** @description a column, ascending, or -column descending; default -seq; ties broken by id */
                    sort?: "seq" | "-seq" | "at" | "-at";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actorId: number | null;
                                actorName: string | null;
                                after: unknown;
                                /** Format: date-time */
                                at: string;
                                before: unknown;
                                entityId: string | null;
                                entityType: string;
                                hash: string;
                                orgUnitId: number | null;
                                orgUnitName: string | null;
                                orgUnitNameEn: string | null;
                                requestId: string | null;
                                seq: number;
                            }[];
                            /** @description keyset cursor of the next rows in the same sort */
                            nextCursor: string | null;
                            page: number;
                            pageSize: number;
                            /** @description null when walking with limit + cursor (nothing counted) */
                            total: number | null;
                            /** @description false: total is an estimate (a large list), or not counted */
                            totalExact: boolean;
                        };
                    };
                };
            };
        };
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
        /** Check the hash chain; reports the first broken or missing link */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: number;
                            lastHash: string;
                            lastSeq: number;
                            /** @enum {boolean} */
                            ok: true;
                        } | {
                            brokenAt: number;
                            detail: string;
                            entries: number;
                            /** @enum {boolean} */
                            ok: false;
                            problem: "altered" | "missing" | "relinked";
                        };
                    };
                };
            };
        };
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
        /** Log in with username and password; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            orgUnit: {
                                id: number;
                                level: string;
                                name: string;
                                nameEn: string | null;
                            };
                            permissions: string[];
                            roles: {
                                orgUnitId: number;
                                orgUnitLevel: string;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                role: string;
                            }[];
                            user: {
                                displayName: string;
                                id: number;
                                mustChangePassword: boolean;
                                username: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** End the current session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
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
        /** The signed-in user, org unit, roles and permissions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            orgUnit: {
                                id: number;
                                level: string;
                                name: string;
                                nameEn: string | null;
                            };
                            permissions: string[];
                            roles: {
                                orgUnitId: number;
                                orgUnitLevel: string;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                role: string;
                            }[];
                            user: {
                                displayName: string;
                                id: number;
                                mustChangePassword: boolean;
                                username: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** Change your own password */
        post: {
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
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/add-working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The N-th working day after `from` (N < 0: before); `from` itself is not counted */
        get: {
            parameters: {
                query: {
                    days: number;
                    /** @description YYYY-MM-DD */
                    from: string;
                    /** @description org unit whose local overrides apply (default: yours) */
                    org?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            date: string;
                            provisional: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Is a date a working day, a holiday (with its name) or a make-up working day */
        get: {
            parameters: {
                query?: {
                    /** @description org unit whose local overrides apply (default: yours) */
                    org?: number;
                };
                header?: never;
                path: {
                    /** @description YYYY-MM-DD */
                    date: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            date: string;
                            holiday: string | null;
                            makeupWorkday: boolean;
                            provisional: boolean;
                            workingDay: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Local overrides in your scope */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                date: string;
                                id: number;
                                nameEn: string | null;
                                nameZh: string | null;
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                workingDay: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a local day off or working day for an org unit and the units below it */
        post: {
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
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        date: string;
                        nameEn?: string | null;
                        nameZh: string;
                        orgUnitId: number;
                        workingDay: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            date: string;
                            id: number;
                            nameEn: string | null;
                            nameZh: string | null;
                            orgUnitId: number;
                            orgUnitName: string;
                            orgUnitNameEn: string | null;
                            workingDay: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/overrides/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a local override */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which years are official, and whether next year still needs entering */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            missingYears: number[];
                            officialYears: number[];
                            remindAdmins: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Working days from `from` to `to`, both included */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM-DD */
                    from: string;
                    /** @description org unit whose local overrides apply (default: yours) */
                    org?: number;
                    /** @description YYYY-MM-DD */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                            provisional: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every day of a year, for the month grid */
        get: {
            parameters: {
                query?: {
                    /** @description org unit whose local overrides apply (default: yours) */
                    org?: number;
                };
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            days: {
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                date: string;
                                holiday: string | null;
                                holidayEn: string | null;
                                local: boolean;
                                makeupFor: string | null;
                                makeupWorkday: boolean;
                                provisional: boolean;
                                workingDay: boolean;
                            }[];
                            notice: string | null;
                            official: boolean;
                            source: string | null;
                            version: number | null;
                            year: number;
                        };
                    };
                };
            };
        };
        /** Enter or correct a year's national schedule (holidays and make-up working days) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        days: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            date: string;
                            nameEn: string | null;
                            nameZh: string;
                            workingDay: boolean;
                        }[];
                        notice?: string | null;
                        /** @description the version you read */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years/{year}/parse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preview a pasted schedule (one rule a line) or an uploaded xlsx before saving it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text?: string;
                        xlsxBase64?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            days: {
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                date: string;
                                nameEn: string | null;
                                nameZh: string;
                                workingDay: boolean;
                            }[];
                            problems: {
                                line: number;
                                message: {
                                    en: string;
                                    "zh-CN": string;
                                };
                            }[];
                            text: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clients in your scope: filtered, sorted, one page with its total (exact, or estimated for a large list) */
        get: {
            parameters: {
                query?: {
                    agentId?: number;
                    archive?: "complete" | "incomplete";
                    createdFrom?: string;
                    createdTo?: string;
                    cursor?: string;
                    firstContactFrom?: string;
                    firstContactTo?: string;
                    includeMerged?: boolean;
                    kind?: "person" | "organisation";
                    /** @description with cursor: keyset paging for walking a whole list */
                    limit?: number;
                    orgUnitId?: number;
                    /** @description from 1; offset paging */
                    page?: number;
                    pageSize?: 10 | 20 | 50 | 100;
                    /** @description a column, ascending, or -column descending; default -createdAt; ties broken by id */
                    sort?: "name" | "-name" | "createdAt" | "-createdAt" | "orgUnit" | "-orgUnit";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string | null;
                                agentId: number | null;
                                agentName: string | null;
                                /** Format: date-time */
                                archivedAt: string | null;
                                /** Format: date */
                                birthDate: string | null;
                                consentMarketing: boolean;
                                /** Format: date-time */
                                consentMarketingAt: string | null;
                                consentSensitive: boolean;
                                /** Format: date-time */
                                consentSensitiveAt: string | null;
                                contactPerson: string | null;
                                contactPreference: ("phone" | "sms" | "wechat" | "email" | "visit" | "letter") | (never | null);
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                firstContactAt: string;
                                gender: ("male" | "female") | (never | null);
                                id: number;
                                idNumber: string | null;
                                idType: ("resident_id" | "passport" | "other") | (never | null);
                                kind: "person" | "organisation";
                                mergedIntoId: number | null;
                                mobile: string | null;
                                name: string;
                                occupation: string | null;
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                unifiedCreditCode: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                            /** @description keyset cursor of the next rows in the same sort */
                            nextCursor: string | null;
                            page: number;
                            pageSize: number;
                            /** @description null when walking with limit + cursor (nothing counted) */
                            total: number | null;
                            /** @description false: total is an estimate (a large list), or not counted */
                            totalExact: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Open a client archive (a possible duplicate needs confirmDuplicate) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        agentId?: number | null;
                        birthDate?: string | null;
                        confirmDuplicate?: boolean;
                        consentMarketing?: boolean;
                        consentSensitive?: boolean;
                        contactPerson?: string | null;
                        contactPreference?: ("phone" | "sms" | "wechat" | "email" | "visit" | "letter") | (never | null);
                        /** Format: date-time */
                        firstContactAt?: string;
                        gender?: ("male" | "female") | (never | null);
                        idNumber?: string | null;
                        idType?: ("resident_id" | "passport" | "other") | (never | null);
                        kind: "person" | "organisation";
                        mobile?: string | null;
                        name: string;
                        occupation?: string | null;
                        orgUnitId: number;
                        unifiedCreditCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            client: {
                                address: string | null;
                                agentId: number | null;
                                agentName: string | null;
                                /** Format: date-time */
                                archivedAt: string | null;
                                /** Format: date */
                                birthDate: string | null;
                                consentMarketing: boolean;
                                /** Format: date-time */
                                consentMarketingAt: string | null;
                                consentSensitive: boolean;
                                /** Format: date-time */
                                consentSensitiveAt: string | null;
                                contactPerson: string | null;
                                contactPreference: ("phone" | "sms" | "wechat" | "email" | "visit" | "letter") | (never | null);
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                firstContactAt: string;
                                gender: ("male" | "female") | (never | null);
                                id: number;
                                idNumber: string | null;
                                idType: ("resident_id" | "passport" | "other") | (never | null);
                                kind: "person" | "organisation";
                                mergedIntoId: number | null;
                                mobile: string | null;
                                name: string;
                                occupation: string | null;
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                unifiedCreditCode: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            };
                            duplicates: {
                                id: number;
                                mobile: string | null;
                                name: string;
                                orgUnitId: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One client with its links (personal fields masked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            agentId: number | null;
                            agentName: string | null;
                            /** Format: date-time */
                            archivedAt: string | null;
                            /** Format: date */
                            birthDate: string | null;
                            consentMarketing: boolean;
                            /** Format: date-time */
                            consentMarketingAt: string | null;
                            consentSensitive: boolean;
                            /** Format: date-time */
                            consentSensitiveAt: string | null;
                            contactPerson: string | null;
                            contactPreference: ("phone" | "sms" | "wechat" | "email" | "visit" | "letter") | (never | null);
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            firstContactAt: string;
                            gender: ("male" | "female") | (never | null);
                            id: number;
                            idNumber: string | null;
                            idType: ("resident_id" | "passport" | "other") | (never | null);
                            kind: "person" | "organisation";
                            links: {
                                clientId: number;
                                id: number;
                                name: string;
                                relation: "spouse" | "child" | "parent" | "employer" | "employee" | "other";
                            }[];
                            mergedIntoId: number | null;
                            mobile: string | null;
                            name: string;
                            occupation: string | null;
                            orgUnitId: number;
                            orgUnitName: string;
                            orgUnitNameEn: string | null;
                            revealable: {
                                address: boolean;
                                idNumber: boolean;
                                mobile: boolean;
                            };
                            unifiedCreditCode: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a client (send the version you read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        agentId?: number | null;
                        birthDate?: string | null;
                        consentMarketing?: boolean;
                        consentSensitive?: boolean;
                        contactPerson?: string | null;
                        contactPreference?: ("phone" | "sms" | "wechat" | "email" | "visit" | "letter") | (never | null);
                        gender?: ("male" | "female") | (never | null);
                        idNumber?: string | null;
                        idType?: ("resident_id" | "passport" | "other") | (never | null);
                        mobile?: string | null;
                        name?: string;
                        occupation?: string | null;
                        unifiedCreditCode?: string | null;
                        /** @description the version you read */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            agentId: number | null;
                            agentName: string | null;
                            /** Format: date-time */
                            archivedAt: string | null;
                            /** Format: date */
                            birthDate: string | null;
                            consentMarketing: boolean;
                            /** Format: date-time */
                            consentMarketingAt: string | null;
                            consentSensitive: boolean;
                            /** Format: date-time */
                            consentSensitiveAt: string | null;
                            contactPerson: string | null;
                            contactPreference: ("phone" | "sms" | "wechat" | "email" | "visit" | "letter") | (never | null);
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            firstContactAt: string;
                            gender: ("male" | "female") | (never | null);
                            id: number;
                            idNumber: string | null;
                            idType: ("resident_id" | "passport" | "other") | (never | null);
                            kind: "person" | "organisation";
                            mergedIntoId: number | null;
                            mobile: string | null;
                            name: string;
                            occupation: string | null;
                            orgUnitId: number;
                            orgUnitName: string;
                            orgUnitNameEn: string | null;
                            unifiedCreditCode: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/clients/{id}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coverage review of the client and household: lines × people, totals, gaps, overlaps, expiries, with the rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            asOf: string;
                            cells: {
                                clientId: number;
                                line: "life" | "health" | "accident" | "property" | "auto" | "liability" | "other";
                                /** Format: date */
                                nextExpiry: string | null;
                                policies: {
                                    counts: boolean;
                                    /** Format: date */
                                    effectiveDate: string;
                                    /** Format: date */
                                    endDate: string | null;
                                    id: number;
                                    insurerName: string;
                                    internalNo: string;
                                    policyNumber: string;
                                    productName: string;
                                    standing: "in_force" | "starts_later" | "pending_verification" | "lapsed" | "ended";
                                    state: "registered" | "on_hold" | "verified" | "in_force" | "lapsed" | "terminated" | "expired";
                                    sumInsured: string;
                                }[];
                                status: "covered" | "overlap" | "gap" | "pending" | "none";
                                totalSumInsured: string;
                            }[];
                            findings: {
                                basis: string;
                                clientId: number;
                                kind: "gap" | "overlap" | "expiring" | "lapsed";
                                line: "life" | "health" | "accident" | "property" | "auto" | "liability" | "other";
                                message: string;
                                policyIds: number[];
                                ruleId: string;
                            }[];
                            household: {
                                age: number | null;
                                clientId: number;
                                gender: ("male" | "female") | (never | null);
                                kind: "person" | "organisation";
                                name: string;
                                relation: "self" | "spouse" | "child" | "parent";
                            }[];
                            lines: {
                                line: "life" | "health" | "accident" | "property" | "auto" | "liability" | "other";
                                name: string;
                            }[];
                            rules: {
                                basis: string;
                                id: string;
                                kind: "scope" | "gap" | "overlap" | "expiring" | "lapsed";
                                lawRef: string | null;
                                specId: string;
                                text: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a household member or employer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        relatedClientId: number;
                        relation: "spouse" | "child" | "parent" | "employer" | "employee" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            links: {
                                clientId: number;
                                id: number;
                                name: string;
                                relation: "spouse" | "child" | "parent" | "employer" | "employee" | "other";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/links/{linkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a link */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    linkId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge this duplicate into another client; returns the survivor */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        intoId: number;
                        /** @description the version you read */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            agentId: number | null;
                            agentName: string | null;
                            /** Format: date-time */
                            archivedAt: string | null;
                            /** Format: date */
                            birthDate: string | null;
                            consentMarketing: boolean;
                            /** Format: date-time */
                            consentMarketingAt: string | null;
                            consentSensitive: boolean;
                            /** Format: date-time */
                            consentSensitiveAt: string | null;
                            contactPerson: string | null;
                            contactPreference: ("phone" | "sms" | "wechat" | "email" | "visit" | "letter") | (never | null);
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            firstContactAt: string;
                            gender: ("male" | "female") | (never | null);
                            id: number;
                            idNumber: string | null;
                            idType: ("resident_id" | "passport" | "other") | (never | null);
                            kind: "person" | "organisation";
                            mergedIntoId: number | null;
                            mobile: string | null;
                            name: string;
                            occupation: string | null;
                            orgUnitId: number;
                            orgUnitName: string;
                            orgUnitNameEn: string | null;
                            unifiedCreditCode: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show a personal field in clear text (audited); refused with the reason where not allowed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        field: "idNumber" | "mobile" | "address";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            value: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's timeline, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actorId: number | null;
                                actorName: string | null;
                                /** Format: date-time */
                                at: string;
                                entityId: string | null;
                                entityType: string | null;
                                id: number;
                                kind: string;
                                summary: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/care": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Birthdays in the next N days (care list) */
        get: {
            parameters: {
                query?: {
                    agentId?: number;
                    days?: number;
                    from?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            items: {
                                age: number;
                                agentId: number | null;
                                agentName: string | null;
                                /** Format: date */
                                birthday: string;
                                id: number;
                                inDays: number;
                                mobile: string | null;
                                name: string;
                                orgUnitId: number;
                            }[];
                            to: string;
                            /** @description birthdays in the window; items lists the first 200 */
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered client list as an xlsx file (personal fields masked as in the list; audited) */
        get: {
            parameters: {
                query?: {
                    agentId?: number;
                    archive?: "complete" | "incomplete";
                    createdFrom?: string;
                    createdTo?: string;
                    firstContactFrom?: string;
                    firstContactTo?: string;
                    /** @description the selected rows only */
                    ids?: number[];
                    includeMerged?: boolean;
                    kind?: "person" | "organisation";
                    orgUnitId?: number;
                    /** @description a column, ascending, or -column descending; default -createdAt; ties broken by id */
                    sort?: "name" | "-name" | "createdAt" | "-createdAt" | "orgUnit" | "-orgUnit";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One search box: exact ID number, mobile or credit code, else name prefix, else fuzzy name */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string | null;
                                agentId: number | null;
                                agentName: string | null;
                                /** Format: date-time */
                                archivedAt: string | null;
                                /** Format: date */
                                birthDate: string | null;
                                consentMarketing: boolean;
                                /** Format: date-time */
                                consentMarketingAt: string | null;
                                consentSensitive: boolean;
                                /** Format: date-time */
                                consentSensitiveAt: string | null;
                                contactPerson: string | null;
                                contactPreference: ("phone" | "sms" | "wechat" | "email" | "visit" | "letter") | (never | null);
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                firstContactAt: string;
                                gender: ("male" | "female") | (never | null);
                                id: number;
                                idNumber: string | null;
                                idType: ("resident_id" | "passport" | "other") | (never | null);
                                kind: "person" | "organisation";
                                mergedIntoId: number | null;
                                mobile: string | null;
                                name: string;
                                occupation: string | null;
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                unifiedCreditCode: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                            matchedBy: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadline-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every deadline rule with its basis (SPEC id, law article) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                basisEn: string;
                                basisZh: string;
                                completionEvent: string;
                                /** @description HH:MM */
                                cutoffTime: string | null;
                                duration: number;
                                escalateToRole: string | null;
                                id: string;
                                lawRef: string | null;
                                lawRefEn: string | null;
                                module: string;
                                nameEn: string;
                                nameZh: string;
                                needsConfirmation: boolean;
                                rollToWorkingDay: boolean;
                                specId: string | null;
                                startEvent: string;
                                unit: "working_days" | "calendar_days" | "months" | "years" | "hours" | "minutes" | "day_of_month";
                                version: number;
                                warnBefore: number;
                                warnUnit: "working_days" | "calendar_days" | "hours" | "minutes";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadline-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Adjust a rule's figures (head office; audited) */
        patch: {
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
                        cutoffTime?: string | null;
                        duration?: number;
                        escalateToRole?: ("agent" | "clerk" | "customer_service" | "callback_agent" | "underwriter" | "claims_handler" | "surveyor" | "loss_assessor" | "supervisor" | "auditor" | "admin") | (never | null);
                        rollToWorkingDay?: boolean;
                        unit?: "working_days" | "calendar_days" | "months" | "years" | "hours" | "minutes" | "day_of_month";
                        /** @description the version you read */
                        version: number;
                        warnBefore?: number;
                        warnUnit?: "working_days" | "calendar_days" | "hours" | "minutes";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            basisEn: string;
                            basisZh: string;
                            completionEvent: string;
                            /** @description HH:MM */
                            cutoffTime: string | null;
                            duration: number;
                            escalateToRole: string | null;
                            id: string;
                            lawRef: string | null;
                            lawRefEn: string | null;
                            module: string;
                            nameEn: string;
                            nameZh: string;
                            needsConfirmation: boolean;
                            rollToWorkingDay: boolean;
                            specId: string | null;
                            startEvent: string;
                            unit: "working_days" | "calendar_days" | "months" | "years" | "hours" | "minutes" | "day_of_month";
                            version: number;
                            warnBefore: number;
                            warnUnit: "working_days" | "calendar_days" | "hours" | "minutes";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deadlines in your scope, soonest first (e.g. of one record: entityType + entityId) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    entityId?: string;
                    entityType?: string;
                    limit?: number;
                    live?: boolean;
                    ownerId?: number;
                    state?: "open" | "due_soon" | "overdue" | "met" | "missed" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                basis: {
                                    lawRef: string | null;
                                    lawRefEn: string | null;
                                    specId: string | null;
                                    text: string;
                                };
                                cancelReason: string | null;
                                /** Format: date-time */
                                completedAt: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                entityId: string;
                                entityType: string;
                                /** Format: date-time */
                                escalatedAt: string | null;
                                id: number;
                                module: string;
                                orgUnitId: number;
                                orgUnitName: string;
                                ownerId: number | null;
                                ownerName: string | null;
                                paused: boolean;
                                pauseReason: string | null;
                                provisional: boolean;
                                record: {
                                    href: string | null;
                                    label: string;
                                };
                                ruleId: string;
                                ruleName: string;
                                secondsLeft: number | null;
                                /** Format: date-time */
                                startedAt: string;
                                state: "open" | "due_soon" | "overdue" | "met" | "missed" | "cancelled";
                                version: number;
                                /** Format: date-time */
                                warnAt: string;
                                workingDaysLeft: number | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One deadline with its basis and countdown */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: {
                                lawRef: string | null;
                                lawRefEn: string | null;
                                specId: string | null;
                                text: string;
                            };
                            cancelReason: string | null;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** Format: date-time */
                            dueAt: string;
                            entityId: string;
                            entityType: string;
                            /** Format: date-time */
                            escalatedAt: string | null;
                            id: number;
                            module: string;
                            orgUnitId: number;
                            orgUnitName: string;
                            ownerId: number | null;
                            ownerName: string | null;
                            paused: boolean;
                            pauseReason: string | null;
                            provisional: boolean;
                            record: {
                                href: string | null;
                                label: string;
                            };
                            ruleId: string;
                            ruleName: string;
                            secondsLeft: number | null;
                            /** Format: date-time */
                            startedAt: string;
                            state: "open" | "due_soon" | "overdue" | "met" | "missed" | "cancelled";
                            version: number;
                            /** Format: date-time */
                            warnAt: string;
                            workingDaysLeft: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description the version you read */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: {
                                lawRef: string | null;
                                lawRefEn: string | null;
                                specId: string | null;
                                text: string;
                            };
                            cancelReason: string | null;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** Format: date-time */
                            dueAt: string;
                            entityId: string;
                            entityType: string;
                            /** Format: date-time */
                            escalatedAt: string | null;
                            id: number;
                            module: string;
                            orgUnitId: number;
                            orgUnitName: string;
                            ownerId: number | null;
                            ownerName: string | null;
                            paused: boolean;
                            pauseReason: string | null;
                            provisional: boolean;
                            record: {
                                href: string | null;
                                label: string;
                            };
                            ruleId: string;
                            ruleName: string;
                            secondsLeft: number | null;
                            /** Format: date-time */
                            startedAt: string;
                            state: "open" | "due_soon" | "overdue" | "met" | "missed" | "cancelled";
                            version: number;
                            /** Format: date-time */
                            warnAt: string;
                            workingDaysLeft: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause with a reason (e.g. waiting for documents) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description the version you read */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: {
                                lawRef: string | null;
                                lawRefEn: string | null;
                                specId: string | null;
                                text: string;
                            };
                            cancelReason: string | null;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** Format: date-time */
                            dueAt: string;
                            entityId: string;
                            entityType: string;
                            /** Format: date-time */
                            escalatedAt: string | null;
                            id: number;
                            module: string;
                            orgUnitId: number;
                            orgUnitName: string;
                            ownerId: number | null;
                            ownerName: string | null;
                            paused: boolean;
                            pauseReason: string | null;
                            provisional: boolean;
                            record: {
                                href: string | null;
                                label: string;
                            };
                            ruleId: string;
                            ruleName: string;
                            secondsLeft: number | null;
                            /** Format: date-time */
                            startedAt: string;
                            state: "open" | "due_soon" | "overdue" | "met" | "missed" | "cancelled";
                            version: number;
                            /** Format: date-time */
                            warnAt: string;
                            workingDaysLeft: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a running deadline to another person in scope (改派) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ownerId: number;
                        reason: string;
                        /** @description the version you read */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: {
                                lawRef: string | null;
                                lawRefEn: string | null;
                                specId: string | null;
                                text: string;
                            };
                            cancelReason: string | null;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** Format: date-time */
                            dueAt: string;
                            entityId: string;
                            entityType: string;
                            /** Format: date-time */
                            escalatedAt: string | null;
                            id: number;
                            module: string;
                            orgUnitId: number;
                            orgUnitName: string;
                            ownerId: number | null;
                            ownerName: string | null;
                            paused: boolean;
                            pauseReason: string | null;
                            provisional: boolean;
                            record: {
                                href: string | null;
                                label: string;
                            };
                            ruleId: string;
                            ruleName: string;
                            secondsLeft: number | null;
                            /** Format: date-time */
                            startedAt: string;
                            state: "open" | "due_soon" | "overdue" | "met" | "missed" | "cancelled";
                            version: number;
                            /** Format: date-time */
                            warnAt: string;
                            workingDaysLeft: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume; the time paused is added */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                        /** @description the version you read */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: {
                                lawRef: string | null;
                                lawRefEn: string | null;
                                specId: string | null;
                                text: string;
                            };
                            cancelReason: string | null;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** Format: date-time */
                            dueAt: string;
                            entityId: string;
                            entityType: string;
                            /** Format: date-time */
                            escalatedAt: string | null;
                            id: number;
                            module: string;
                            orgUnitId: number;
                            orgUnitName: string;
                            ownerId: number | null;
                            ownerName: string | null;
                            paused: boolean;
                            pauseReason: string | null;
                            provisional: boolean;
                            record: {
                                href: string | null;
                                label: string;
                            };
                            ruleId: string;
                            ruleName: string;
                            secondsLeft: number | null;
                            /** Format: date-time */
                            startedAt: string;
                            state: "open" | "due_soon" | "overdue" | "met" | "missed" | "cancelled";
                            version: number;
                            /** Format: date-time */
                            warnAt: string;
                            workingDaysLeft: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts for the navigation badge */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            horizon: string;
                            mine: {
                                dueSoon: number;
                                dueThisWeek: number;
                                dueToday: number;
                                overdue: number;
                            };
                            scopeOverdue: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an event on a record: opens the rules it starts, closes those it completes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        at?: string;
                        entityId: string;
                        entityType: string;
                        event: string;
                        orgUnitId: number;
                        ownerId?: number | null;
                        ruleIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closed: {
                                id: number;
                                state: "open" | "due_soon" | "overdue" | "met" | "missed" | "cancelled";
                            }[];
                            opened: number[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My due items: overdue, due today, next 5 working days */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dueToday: {
                                basis: {
                                    lawRef: string | null;
                                    lawRefEn: string | null;
                                    specId: string | null;
                                    text: string;
                                };
                                cancelReason: string | null;
                                /** Format: date-time */
                                completedAt: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                entityId: string;
                                entityType: string;
                                /** Format: date-time */
                                escalatedAt: string | null;
                                id: number;
                                module: string;
                                orgUnitId: number;
                                orgUnitName: string;
                                ownerId: number | null;
                                ownerName: string | null;
                                paused: boolean;
                                pauseReason: string | null;
                                provisional: boolean;
                                record: {
                                    href: string | null;
                                    label: string;
                                };
                                ruleId: string;
                                ruleName: string;
                                secondsLeft: number | null;
                                /** Format: date-time */
                                startedAt: string;
                                state: "open" | "due_soon" | "overdue" | "met" | "missed" | "cancelled";
                                version: number;
                                /** Format: date-time */
                                warnAt: string;
                                workingDaysLeft: number | null;
                            }[];
                            /** Format: date */
                            horizon: string;
                            overdue: {
                                basis: {
                                    lawRef: string | null;
                                    lawRefEn: string | null;
                                    specId: string | null;
                                    text: string;
                                };
                                cancelReason: string | null;
                                /** Format: date-time */
                                completedAt: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                entityId: string;
                                entityType: string;
                                /** Format: date-time */
                                escalatedAt: string | null;
                                id: number;
                                module: string;
                                orgUnitId: number;
                                orgUnitName: string;
                                ownerId: number | null;
                                ownerName: string | null;
                                paused: boolean;
                                pauseReason: string | null;
                                provisional: boolean;
                                record: {
                                    href: string | null;
                                    label: string;
                                };
                                ruleId: string;
                                ruleName: string;
                                secondsLeft: number | null;
                                /** Format: date-time */
                                startedAt: string;
                                state: "open" | "due_soon" | "overdue" | "met" | "missed" | "cancelled";
                                version: number;
                                /** Format: date-time */
                                warnAt: string;
                                workingDaysLeft: number | null;
                            }[];
                            upcoming: {
                                basis: {
                                    lawRef: string | null;
                                    lawRefEn: string | null;
                                    specId: string | null;
                                    text: string;
                                };
                                cancelReason: string | null;
                                /** Format: date-time */
                                completedAt: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                entityId: string;
                                entityType: string;
                                /** Format: date-time */
                                escalatedAt: string | null;
                                id: number;
                                module: string;
                                orgUnitId: number;
                                orgUnitName: string;
                                ownerId: number | null;
                                ownerName: string | null;
                                paused: boolean;
                                pauseReason: string | null;
                                provisional: boolean;
                                record: {
                                    href: string | null;
                                    label: string;
                                };
                                ruleId: string;
                                ruleName: string;
                                secondsLeft: number | null;
                                /** Format: date-time */
                                startedAt: string;
                                state: "open" | "due_soon" | "overdue" | "met" | "missed" | "cancelled";
                                version: number;
                                /** Format: date-time */
                                warnAt: string;
                                workingDaysLeft: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Met and missed per rule over a period (KPIs) */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                met: number;
                                missed: number;
                                module: string;
                                onTimeRate: number | null;
                                ruleId: string;
                                ruleName: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines/sweep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the deadline sweep now (it also runs every minute) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dueSoon: number;
                            escalated: number;
                            notifications: number;
                            overdue: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the demo data set is loaded (anxin seed-demo, or the first start) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            loaded: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/document-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue of document types (资料类型); inactive ones too when asked (the admin page) */
        get: {
            parameters: {
                query?: {
                    includeInactive?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                code: string;
                                name: string;
                                nameEn: string;
                                retentionClass: string;
                                sensitive: boolean;
                            }[];
                            retentionClasses: {
                                basis: string;
                                code: string;
                                name: string;
                                nameEn: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a document type to the catalogue (head office) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description lower case letters, digits and _, 2-40 long */
                        code: string;
                        name: string;
                        nameEn: string;
                        /** @enum {string} */
                        retentionClass: "contract_plus_5y" | "contract_plus_10y" | "closure_plus_3y" | "permanent";
                        sensitive: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            name: string;
                            nameEn: string;
                            retentionClass: string;
                            sensitive: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/document-types/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a document type, mark it sensitive, change its retention, or stop offering it (head office) */
        patch: {
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
                        active?: boolean;
                        name?: string;
                        nameEn?: string;
                        /** @enum {string} */
                        retentionClass?: "contract_plus_5y" | "contract_plus_10y" | "closure_plus_3y" | "permanent";
                        sensitive?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            name: string;
                            nameEn: string;
                            retentionClass: string;
                            sensitive: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document's file, through its record's read permission and scope; a sensitive document's download is audited */
        get: {
            parameters: {
                query?: {
                    /** @description true: as an attachment; else shown in the browser where it can be */
                    download?: boolean;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and which database engine is in use */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            db: "pglite" | "postgres";
                            /** @enum {string} */
                            status: "ok";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/clients/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a clients file: all rows or none (400 with the report when any row is wrong) */
        post: {
            parameters: {
                query?: {
                    fileName?: string;
                    importId?: string;
                    sha256?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            columns: {
                                header: string;
                                key: string;
                            }[];
                            committed: boolean;
                            created: number;
                            dryRun: boolean;
                            fileName: string;
                            format: ("xlsx" | "csv") | (never | null);
                            ignoredColumns: string[];
                            importId: string;
                            kind: string;
                            problemCount: number;
                            problems: {
                                column: string | null;
                                label: string | null;
                                message: string;
                                row: number | null;
                            }[];
                            rows: number;
                            sample: {
                                row: number;
                                values: {
                                    [key: string]: string | null;
                                };
                            }[];
                            sha256: string;
                            skipped: {
                                id: string;
                                label: string | null;
                                message: string;
                                row: number;
                            }[];
                            skippedCount: number;
                            toCreate: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/clients/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a clients file (xlsx or csv as the raw body): every row, nothing written */
        post: {
            parameters: {
                query?: {
                    fileName?: string;
                    importId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            columns: {
                                header: string;
                                key: string;
                            }[];
                            committed: boolean;
                            created: number;
                            dryRun: boolean;
                            fileName: string;
                            format: ("xlsx" | "csv") | (never | null);
                            ignoredColumns: string[];
                            importId: string;
                            kind: string;
                            problemCount: number;
                            problems: {
                                column: string | null;
                                label: string | null;
                                message: string;
                                row: number | null;
                            }[];
                            rows: number;
                            sample: {
                                row: number;
                                values: {
                                    [key: string]: string | null;
                                };
                            }[];
                            sha256: string;
                            skipped: {
                                id: string;
                                label: string | null;
                                message: string;
                                row: number;
                            }[];
                            skippedCount: number;
                            toCreate: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/clients/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a clients file and download the whole report (every problem and already stored row) as xlsx */
        post: {
            parameters: {
                query?: {
                    fileName?: string;
                    importId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/clients/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The clients import template (xlsx, Chinese and English headers, notes) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What can be imported, with the columns of each file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                allowed: boolean;
                                columns: {
                                    example: string;
                                    header: string;
                                    headerEn: string;
                                    key: string;
                                    note: string;
                                    required: boolean;
                                }[];
                                key: string;
                                name: string;
                                permission: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/policies/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a policies file: all rows or none (400 with the report when any row is wrong) */
        post: {
            parameters: {
                query?: {
                    fileName?: string;
                    importId?: string;
                    sha256?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            columns: {
                                header: string;
                                key: string;
                            }[];
                            committed: boolean;
                            created: number;
                            dryRun: boolean;
                            fileName: string;
                            format: ("xlsx" | "csv") | (never | null);
                            ignoredColumns: string[];
                            importId: string;
                            kind: string;
                            problemCount: number;
                            problems: {
                                column: string | null;
                                label: string | null;
                                message: string;
                                row: number | null;
                            }[];
                            rows: number;
                            sample: {
                                row: number;
                                values: {
                                    [key: string]: string | null;
                                };
                            }[];
                            sha256: string;
                            skipped: {
                                id: string;
                                label: string | null;
                                message: string;
                                row: number;
                            }[];
                            skippedCount: number;
                            toCreate: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/policies/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a policies file (xlsx or csv as the raw body): every row, nothing written */
        post: {
            parameters: {
                query?: {
                    fileName?: string;
                    importId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            columns: {
                                header: string;
                                key: string;
                            }[];
                            committed: boolean;
                            created: number;
                            dryRun: boolean;
                            fileName: string;
                            format: ("xlsx" | "csv") | (never | null);
                            ignoredColumns: string[];
                            importId: string;
                            kind: string;
                            problemCount: number;
                            problems: {
                                column: string | null;
                                label: string | null;
                                message: string;
                                row: number | null;
                            }[];
                            rows: number;
                            sample: {
                                row: number;
                                values: {
                                    [key: string]: string | null;
                                };
                            }[];
                            sha256: string;
                            skipped: {
                                id: string;
                                label: string | null;
                                message: string;
                                row: number;
                            }[];
                            skippedCount: number;
                            toCreate: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/policies/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a policies file and download the whole report (every problem and already stored row) as xlsx */
        post: {
            parameters: {
                query?: {
                    fileName?: string;
                    importId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/policies/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The policies import template (xlsx, Chinese and English headers, notes) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/progress/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress of an import of yours being processed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    importId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            done: number;
                            importId: string;
                            kind: string;
                            phase: "reading" | "checking" | "writing" | "done" | "failed";
                            rows: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insurers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Insurers; q = name or code prefix */
        get: {
            parameters: {
                query?: {
                    active?: boolean;
                    cursor?: string;
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                address: string | null;
                                code: string;
                                contactPerson: string | null;
                                id: number;
                                name: string;
                                nameEn: string | null;
                                servicePhone: string | null;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an insurer (head office; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        code: string;
                        contactPerson?: string | null;
                        name: string;
                        nameEn?: string | null;
                        servicePhone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            address: string | null;
                            code: string;
                            contactPerson: string | null;
                            id: number;
                            name: string;
                            nameEn: string | null;
                            servicePhone: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insurers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One insurer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            address: string | null;
                            code: string;
                            contactPerson: string | null;
                            id: number;
                            name: string;
                            nameEn: string | null;
                            servicePhone: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change or (de)activate an insurer (send the version you read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        address?: string | null;
                        contactPerson?: string | null;
                        name?: string;
                        nameEn?: string | null;
                        servicePhone?: string | null;
                        /** @description the version you read */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            address: string | null;
                            code: string;
                            contactPerson: string | null;
                            id: number;
                            name: string;
                            nameEn: string | null;
                            servicePhone: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/lifecycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every record kind's lifecycle: states, transitions, who may fire them, the deadlines each opens or closes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description the record kind: policy, servicing, … */
                                kind: string;
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                states: {
                                    final: boolean;
                                    id: string;
                                    initial: boolean;
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                transitions: {
                                    automatic: boolean;
                                    deadlines: {
                                        basis: {
                                            en: string;
                                            zh: string;
                                        };
                                        effect: "opens" | "closes" | "cancels";
                                        label: {
                                            en: string;
                                            zh: string;
                                        };
                                        ruleId: string;
                                    }[];
                                    event: string;
                                    /** @description empty: the transition that creates the record */
                                    from: string[];
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description who may fire it; null: only the system (a job) */
                                    permission: string | null;
                                    /** @description null: the record stays in its state */
                                    to: string | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notice-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a batch print (批量打印): one template for many records of one type (the record type's write permission; every record in scope); a job renders them with progress */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        recordIds: number[];
                        recordType: string;
                        /** @description a notice template: endorsement, surrender_explanation … */
                        templateCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string | null;
                            done: number;
                            failed: number;
                            failures: {
                                error: string;
                                position: number;
                                recordId: number;
                            }[];
                            /** Format: date-time */
                            finishedAt: string | null;
                            firstNumber: string | null;
                            id: number;
                            lastNumber: string | null;
                            orgUnitId: number;
                            recordType: string;
                            state: "pending" | "done";
                            templateCode: string;
                            templateName: string;
                            templateNameEn: string;
                            templateVersion: number;
                            total: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notice-batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A batch print's progress: done, failed (with why), the numbers given; for readers of its records at the batch's org unit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string | null;
                            done: number;
                            failed: number;
                            failures: {
                                error: string;
                                position: number;
                                recordId: number;
                            }[];
                            /** Format: date-time */
                            finishedAt: string | null;
                            firstNumber: string | null;
                            id: number;
                            lastNumber: string | null;
                            orgUnitId: number;
                            recordType: string;
                            state: "pending" | "done";
                            templateCode: string;
                            templateName: string;
                            templateNameEn: string;
                            templateVersion: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notice-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The notice templates (通知书模板), latest versions, with the record types each serves */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                nameEn: string;
                                recordTypes: string[];
                                sensitive: boolean;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notice-templates/{code}/{version}/sample.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A sample (样张, PDF) of a template version, filled with the newest record in your read scope it applies to, marked 样张 / PREVIEW; nothing issued or kept; 404 when no such record */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description a notice template: endorsement, surrender_explanation … */
                    code: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notice-templates/{code}/{version}/source": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A template version's Typst source (read-only: a new wording is a new version file) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description a notice template: endorsement, surrender_explanation … */
                    code: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            file: string;
                            latest: boolean;
                            name: string;
                            nameEn: string;
                            sha256: string;
                            sizeBytes: number;
                            source: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notice-templates/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every declared version of every notice template: which is current, notices issued with it in your scope, the file and its SHA-256 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                file: string;
                                issued: number;
                                latest: boolean;
                                name: string;
                                nameEn: string;
                                recordTypes: {
                                    name: string;
                                    nameEn: string;
                                    type: string;
                                }[];
                                sensitive: boolean;
                                sha256: string;
                                sizeBytes: number;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notice-verifications/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 验真: the notice a verification code belongs to — number, template, record — when its record is in your read scope; not found otherwise */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the verification code printed on the notice, e.g. 7KQ2-M9XD-4TPA */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            href: string | null;
                            id: number;
                            /** Format: date-time */
                            issuedAt: string;
                            number: string;
                            recordId: number;
                            recordLabel: string;
                            recordType: string;
                            recordTypeName: string;
                            recordTypeNameEn: string;
                            templateName: string;
                            templateNameEn: string;
                            verificationCode: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The notice as issued (PDF), through its record's read permission and scope; a sensitive notice's download is audited */
        get: {
            parameters: {
                query?: {
                    /** @description true: as an attachment; else shown in the browser */
                    download?: boolean;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A reprint (PDF): the same notice — number, data, verification code — marked 副本 / COPY; audited */
        get: {
            parameters: {
                query?: {
                    /** @description true: as an attachment; else shown in the browser */
                    download?: boolean;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first (cursor pagination) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    /** @description true: only the unread ones */
                    unread?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                entityId: string | null;
                                entityType: string | null;
                                id: number;
                                /** @description e.g. deadline.overdue, system.message */
                                kind: string;
                                /** Format: date-time */
                                readAt: string | null;
                                record: {
                                    href: string | null;
                                    label: string;
                                } | null;
                                title: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of your notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            entityId: string | null;
                            entityType: string | null;
                            id: number;
                            /** @description e.g. deadline.overdue, system.message */
                            kind: string;
                            /** Format: date-time */
                            readAt: string | null;
                            record: {
                                href: string | null;
                                label: string;
                            } | null;
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of your notifications are unread */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Org units in your scope, parents first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                code: string;
                                id: number;
                                level: "head_office" | "province" | "city" | "office";
                                name: string;
                                nameEn: string | null;
                                parentId: number | null;
                                path: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an org unit under a parent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        level?: "head_office" | "province" | "city" | "office";
                        name: string;
                        nameEn?: string | null;
                        parentId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            id: number;
                            level: "head_office" | "province" | "city" | "office";
                            name: string;
                            nameEn: string | null;
                            parentId: number | null;
                            path: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One org unit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            id: number;
                            level: "head_office" | "province" | "city" | "office";
                            name: string;
                            nameEn: string | null;
                            parentId: number | null;
                            path: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename or (de)activate an org unit */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        name?: string;
                        nameEn?: string | null;
                        /** @description the version you read */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            id: number;
                            level: "head_office" | "province" | "city" | "office";
                            name: string;
                            nameEn: string | null;
                            parentId: number | null;
                            path: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Policies in your scope: filtered, sorted, one page with its total (exact, or estimated for a large list) */
        get: {
            parameters: {
                query?: {
                    agentId?: number;
                    clientId?: number;
                    cursor?: string;
                    effectiveFrom?: string;
                    effectiveTo?: string;
                    endFrom?: string;
                    endingBy?: string;
                    endingWithinDays?: number;
                    endTo?: string;
                    insurerId?: number;
                    /** @description with cursor: keyset paging for walking a whole list */
                    limit?: number;
                    lineOfBusiness?: "life" | "health" | "accident" | "property" | "auto" | "liability" | "other";
                    number?: string;
                    orgUnitId?: number;
                    /** @description from 1; offset paging */
                    page?: number;
                    pageSize?: 10 | 20 | 50 | 100;
                    /** @description a column, ascending, or -column descending; default -effectiveDate; ties broken by id */
                    sort?: "effectiveDate" | "-effectiveDate" | "endDate" | "-endDate" | "receivedAt" | "-receivedAt" | "premium" | "-premium" | "policyNumber" | "-policyNumber";
                    state?: "registered" | "on_hold" | "verified" | "in_force" | "lapsed" | "terminated" | "expired";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                agentId: number | null;
                                agentName: string | null;
                                /** Format: date */
                                effectiveDate: string;
                                /** Format: date */
                                endDate: string | null;
                                id: number;
                                insurerId: number;
                                insurerName: string;
                                insurerNameEn: string | null;
                                internalNo: string;
                                lineOfBusiness: "life" | "health" | "accident" | "property" | "auto" | "liability" | "other";
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                paymentFrequency: "single" | "annual" | "semiannual" | "quarterly" | "monthly";
                                policyholderId: number;
                                policyholderName: string;
                                policyNumber: string;
                                premium: string;
                                productId: number | null;
                                productName: string;
                                productNameEn: string | null;
                                /** Format: date-time */
                                receivedAt: string;
                                state: "registered" | "on_hold" | "verified" | "in_force" | "lapsed" | "terminated" | "expired";
                                sumInsured: string;
                                version: number;
                            }[];
                            /** @description keyset cursor of the next rows in the same sort */
                            nextCursor: string | null;
                            page: number;
                            pageSize: number;
                            /** @description null when walking with limit + cursor (nothing counted) */
                            total: number | null;
                            /** @description false: total is an estimate (a large list), or not counted */
                            totalExact: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a policy a client handed over, with the initial review (R-PO-1, R-PO-2) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agentId?: number | null;
                        applicationDate?: string | null;
                        bankAccount?: string | null;
                        beneficiaries?: {
                            clientId?: number | null;
                            idNumber?: string | null;
                            name?: string | null;
                            /** @default 1 */
                            rank?: number;
                            relation: "self" | "spouse" | "child" | "parent" | "other";
                            share: string;
                        }[];
                        beneficiaryDesignation: "legal" | "named";
                        effectiveDate: string;
                        endDate?: string | null;
                        holdNotice?: {
                            channel: "phone" | "sms" | "letter" | "visit" | "wechat" | "email";
                            content: string;
                        };
                        insured: {
                            clientId: number;
                            relation?: "self" | "spouse" | "child" | "parent" | "other";
                        }[];
                        insurerId: number;
                        issueDate?: string | null;
                        lineOfBusiness?: ("life" | "health" | "accident" | "property" | "auto" | "liability" | "other") | (never | null);
                        orgUnitId: number;
                        paymentFrequency: "single" | "annual" | "semiannual" | "quarterly" | "monthly";
                        paymentMode: "auto_debit" | "bank_transfer" | "cash" | "card" | "online" | "other";
                        paymentYears?: number | null;
                        policyholderId: number;
                        policyNumber: string;
                        premium: string;
                        productId?: number | null;
                        productName?: string | null;
                        /** Format: date-time */
                        receivedAt?: string;
                        review: {
                            formatComplete: boolean;
                            noAlteration: boolean;
                            note?: string | null;
                            sealsPresent: boolean;
                        };
                        sumInsured: string;
                        termType?: ("short_term" | "long_term") | (never | null);
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agentId: number | null;
                            agentName: string | null;
                            /** Format: date */
                            applicationDate: string | null;
                            bankAccount: string | null;
                            beneficiaryDesignation: "legal" | "named";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date */
                            effectiveDate: string;
                            /** Format: date */
                            endDate: string | null;
                            id: number;
                            insurerId: number;
                            insurerName: string;
                            insurerNameEn: string | null;
                            insurerServicePhone: string | null;
                            internalNo: string;
                            /** Format: date */
                            issueDate: string | null;
                            lineOfBusiness: "life" | "health" | "accident" | "property" | "auto" | "liability" | "other";
                            orgUnitId: number;
                            orgUnitName: string;
                            orgUnitNameEn: string | null;
                            paymentFrequency: "single" | "annual" | "semiannual" | "quarterly" | "monthly";
                            paymentMode: "auto_debit" | "bank_transfer" | "cash" | "card" | "online" | "other";
                            paymentYears: number | null;
                            policyholderId: number;
                            policyholderName: string;
                            policyNumber: string;
                            premium: string;
                            productId: number | null;
                            productName: string;
                            productNameEn: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                            source: "handover" | "import" | "new_business";
                            state: "registered" | "on_hold" | "verified" | "in_force" | "lapsed" | "terminated" | "expired";
                            /** Format: date-time */
                            stateChangedAt: string;
                            stateReason: string | null;
                            stateReasonCodes: ("formatIncomplete" | "sealsMissing" | "altered" | "gracePeriodEnded")[] | null;
                            sumInsured: string;
                            termType: "short_term" | "long_term";
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            verifiedAt: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One policy with parties, reviews, notices and differences (a reissue is a servicing request, R-PO-7) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agentId: number | null;
                            agentName: string | null;
                            allowedTransitions: ("registered" | "on_hold" | "verified" | "in_force" | "lapsed" | "terminated" | "expired")[];
                            /** Format: date */
                            applicationDate: string | null;
                            bankAccount: string | null;
                            beneficiaryDesignation: "legal" | "named";
                            /** Format: date-time */
                            createdAt: string;
                            differences: {
                                clientSays: string | null;
                                field: "insured" | "beneficiary" | "sumInsured" | "term" | "effectiveDate" | "endDate" | "insurerContact" | "premium";
                                id: number;
                                onPolicy: string | null;
                                /** Format: date-time */
                                raisedAt: string;
                                raisedByName: string | null;
                                resolution: ("policy_correct" | "client_confirmed_policy" | "insurer_correction" | "record_corrected") | (never | null);
                                resolutionNote: string | null;
                                /** Format: date-time */
                                resolvedAt: string | null;
                            }[];
                            /** Format: date */
                            effectiveDate: string;
                            /** Format: date */
                            endDate: string | null;
                            id: number;
                            insurerId: number;
                            insurerName: string;
                            insurerNameEn: string | null;
                            insurerServicePhone: string | null;
                            internalNo: string;
                            /** Format: date */
                            issueDate: string | null;
                            lineOfBusiness: "life" | "health" | "accident" | "property" | "auto" | "liability" | "other";
                            notices: {
                                channel: "phone" | "sms" | "letter" | "visit" | "wechat" | "email";
                                content: string;
                                id: number;
                                kind: "on_hold" | "difference" | "reissue";
                                /** Format: date-time */
                                sentAt: string;
                                sentByName: string | null;
                            }[];
                            orgUnitId: number;
                            orgUnitName: string;
                            orgUnitNameEn: string | null;
                            parties: {
                                clientId: number | null;
                                id: number;
                                idNumber: string | null;
                                name: string;
                                rank: number | null;
                                relation: ("self" | "spouse" | "child" | "parent" | "other") | (never | null);
                                role: "insured" | "beneficiary";
                                share: string | null;
                            }[];
                            paymentFrequency: "single" | "annual" | "semiannual" | "quarterly" | "monthly";
                            paymentMode: "auto_debit" | "bank_transfer" | "cash" | "card" | "online" | "other";
                            paymentYears: number | null;
                            policyholderId: number;
                            policyholderName: string;
                            policyNumber: string;
                            premium: string;
                            productId: number | null;
                            productName: string;
                            productNameEn: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                            reviews: {
                                formatComplete: boolean;
                                id: number;
                                noAlteration: boolean;
                                note: string | null;
                                passed: boolean;
                                /** Format: date-time */
                                reviewedAt: string;
                                reviewedByName: string | null;
                                sealsPresent: boolean;
                            }[];
                            source: "handover" | "import" | "new_business";
                            state: "registered" | "on_hold" | "verified" | "in_force" | "lapsed" | "terminated" | "expired";
                            /** Format: date-time */
                            stateChangedAt: string;
                            stateReason: string | null;
                            stateReasonCodes: ("formatIncomplete" | "sealsMissing" | "altered" | "gracePeriodEnded")[] | null;
                            sumInsured: string;
                            termType: "short_term" | "long_term";
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            verifiedAt: string | null;
                            verifyFields: {
                                field: "insured" | "beneficiary" | "sumInsured" | "term" | "effectiveDate" | "endDate" | "insurerContact" | "premium";
                                onPolicy: string | null;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct the record before verification (send the version you read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agentId?: number | null;
                        applicationDate?: string | null;
                        bankAccount?: string | null;
                        beneficiaries?: {
                            clientId?: number | null;
                            idNumber?: string | null;
                            name?: string | null;
                            /** @default 1 */
                            rank?: number;
                            relation: "self" | "spouse" | "child" | "parent" | "other";
                            share: string;
                        }[];
                        beneficiaryDesignation?: "legal" | "named";
                        effectiveDate?: string;
                        endDate?: string | null;
                        insured?: {
                            clientId: number;
                            relation?: "self" | "spouse" | "child" | "parent" | "other";
                        }[];
                        issueDate?: string | null;
                        lineOfBusiness?: ("life" | "health" | "accident" | "property" | "auto" | "liability" | "other") | (never | null);
                        paymentFrequency?: "single" | "annual" | "semiannual" | "quarterly" | "monthly";
                        paymentMode?: "auto_debit" | "bank_transfer" | "cash" | "card" | "online" | "other";
                        paymentYears?: number | null;
                        premium?: string;
                        productId?: number | null;
                        productName?: string | null;
                        sumInsured?: string;
                        termType?: ("short_term" | "long_term") | (never | null);
                        /** @description the version you read */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agentId: number | null;
                            agentName: string | null;
                            /** Format: date */
                            applicationDate: string | null;
                            bankAccount: string | null;
                            beneficiaryDesignation: "legal" | "named";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date */
                            effectiveDate: string;
                            /** Format: date */
                            endDate: string | null;
                            id: number;
                            insurerId: number;
                            insurerName: string;
                            insurerNameEn: string | null;
                            insurerServicePhone: string | null;
                            internalNo: string;
                            /** Format: date */
                            issueDate: string | null;
                            lineOfBusiness: "life" | "health" | "accident" | "property" | "auto" | "liability" | "other";
                            orgUnitId: number;
                            orgUnitName: string;
                            orgUnitNameEn: string | null;
                            paymentFrequency: "single" | "annual" | "semiannual" | "quarterly" | "monthly";
                            paymentMode: "auto_debit" | "bank_transfer" | "cash" | "card" | "online" | "other";
                            paymentYears: number | null;
                            policyholderId: number;
                            policyholderName: string;
                            policyNumber: string;
                            premium: string;
                            productId: number | null;
                            productName: string;
                            productNameEn: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                            source: "handover" | "import" | "new_business";
                            state: "registered" | "on_hold" | "verified" | "in_force" | "lapsed" | "terminated" | "expired";
                            /** Format: date-time */
                            stateChangedAt: string;
                            stateReason: string | null;
                            stateReasonCodes: ("formatIncomplete" | "sealsMissing" | "altered" | "gracePeriodEnded")[] | null;
                            sumInsured: string;
                            termType: "short_term" | "long_term";
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            verifiedAt: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/policies/{id}/differences/{differenceId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Settle a verification difference */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    differenceId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                        resolution: "policy_correct" | "client_confirmed_policy" | "insurer_correction" | "record_corrected";
                        /** @description the version you read */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agentId: number | null;
                            agentName: string | null;
                            allowedTransitions: ("registered" | "on_hold" | "verified" | "in_force" | "lapsed" | "terminated" | "expired")[];
                            /** Format: date */
                            applicationDate: string | null;
                            bankAccount: string | null;
                            beneficiaryDesignation: "legal" | "named";
                            /** Format: date-time */
                            createdAt: string;
                            differences: {
                                clientSays: string | null;
                                field: "insured" | "beneficiary" | "sumInsured" | "term" | "effectiveDate" | "endDate" | "insurerContact" | "premium";
                                id: number;
                                onPolicy: string | null;
                                /** Format: date-time */
                                raisedAt: string;
                                raisedByName: string | null;
                                resolution: ("policy_correct" | "client_confirmed_policy" | "insurer_correction" | "record_corrected") | (never | null);
                                resolutionNote: string | null;
                                /** Format: date-time */
                                resolvedAt: string | null;
                            }[];
                            /** Format: date */
                            effectiveDate: string;
                            /** Format: date */
                            endDate: string | null;
                            id: number;
                            insurerId: number;
                            insurerName: string;
                            insurerNameEn: string | null;
                            insurerServicePhone: string | null;
                            internalNo: string;
                            /** Format: date */
                            issueDate: string | null;
                            lineOfBusiness: "life" | "health" | "accident" | "property" | "auto" | "liability" | "other";
                            notices: {
                                channel: "phone" | "sms" | "letter" | "visit" | "wechat" | "email";
                                content: string;
                                id: number;
                                kind: "on_hold" | "difference" | "reissue";
                                /** Format: date-time */
                                sentAt: string;
                                sentByName: string | null;
                            }[];
                            orgUnitId: number;
                            orgUnitName: string;
                            orgUnitNameEn: string | null;
                            parties: {
                                clientId: number | null;
                                id: number;
                                idNumber: string | null;
                                name: string;
                                rank: number | null;
                                relation: ("self" | "spouse" | "child" | "parent" | "other") | (never | null);
                                role: "insured" | "beneficiary";
                                share: string | null;
                            }[];
                            paymentFrequency: "single" | "annual" | "semiannual" | "quarterly" | "monthly";
                            paymentMode: "auto_debit" | "bank_transfer" | "cash" | "card" | "online" | "other";
                            paymentYears: number | null;
                            policyholderId: number;
                            policyholderName: string;
                            policyNumber: string;
                            premium: string;
                            productId: number | null;
                            productName: string;
                            productNameEn: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                            reviews: {
                                formatComplete: boolean;
                                id: number;
                                noAlteration: boolean;
                                note: string | null;
                                passed: boolean;
                                /** Format: date-time */
                                reviewedAt: string;
                                reviewedByName: string | null;
                                sealsPresent: boolean;
                            }[];
                            source: "handover" | "import" | "new_business";
                            state: "registered" | "on_hold" | "verified" | "in_force" | "lapsed" | "terminated" | "expired";
                            /** Format: date-time */
                            stateChangedAt: string;
                            stateReason: string | null;
                            stateReasonCodes: ("formatIncomplete" | "sealsMissing" | "altered" | "gracePeriodEnded")[] | null;
                            sumInsured: string;
                            termType: "short_term" | "long_term";
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            verifiedAt: string | null;
                            verifyFields: {
                                field: "insured" | "beneficiary" | "sumInsured" | "term" | "effectiveDate" | "endDate" | "insurerContact" | "premium";
                                onPolicy: string | null;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show the premium account in clear text (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        field: "bankAccount";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            value: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the initial review again (R-PO-2) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        holdNotice?: {
                            channel: "phone" | "sms" | "letter" | "visit" | "wechat" | "email";
                            content: string;
                        };
                        review: {
                            formatComplete: boolean;
                            noAlteration: boolean;
                            note?: string | null;
                            sealsPresent: boolean;
                        };
                        /** @description the version you read */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agentId: number | null;
                            agentName: string | null;
                            allowedTransitions: ("registered" | "on_hold" | "verified" | "in_force" | "lapsed" | "terminated" | "expired")[];
                            /** Format: date */
                            applicationDate: string | null;
                            bankAccount: string | null;
                            beneficiaryDesignation: "legal" | "named";
                            /** Format: date-time */
                            createdAt: string;
                            differences: {
                                clientSays: string | null;
                                field: "insured" | "beneficiary" | "sumInsured" | "term" | "effectiveDate" | "endDate" | "insurerContact" | "premium";
                                id: number;
                                onPolicy: string | null;
                                /** Format: date-time */
                                raisedAt: string;
                                raisedByName: string | null;
                                resolution: ("policy_correct" | "client_confirmed_policy" | "insurer_correction" | "record_corrected") | (never | null);
                                resolutionNote: string | null;
                                /** Format: date-time */
                                resolvedAt: string | null;
                            }[];
                            /** Format: date */
                            effectiveDate: string;
                            /** Format: date */
                            endDate: string | null;
                            id: number;
                            insurerId: number;
                            insurerName: string;
                            insurerNameEn: string | null;
                            insurerServicePhone: string | null;
                            internalNo: string;
                            /** Format: date */
                            issueDate: string | null;
                            lineOfBusiness: "life" | "health" | "accident" | "property" | "auto" | "liability" | "other";
                            notices: {
                                channel: "phone" | "sms" | "letter" | "visit" | "wechat" | "email";
                                content: string;
                                id: number;
                                kind: "on_hold" | "difference" | "reissue";
                                /** Format: date-time */
                                sentAt: string;
                                sentByName: string | null;
                            }[];
                            orgUnitId: number;
                            orgUnitName: string;
                            orgUnitNameEn: string | null;
                            parties: {
                                clientId: number | null;
                                id: number;
                                idNumber: string | null;
                                name: string;
                                rank: number | null;
                                relation: ("self" | "spouse" | "child" | "parent" | "other") | (never | null);
                                role: "insured" | "beneficiary";
                                share: string | null;
                            }[];
                            paymentFrequency: "single" | "annual" | "semiannual" | "quarterly" | "monthly";
                            paymentMode: "auto_debit" | "bank_transfer" | "cash" | "card" | "online" | "other";
                            paymentYears: number | null;
                            policyholderId: number;
                            policyholderName: string;
                            policyNumber: string;
                            premium: string;
                            productId: number | null;
                            productName: string;
                            productNameEn: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                            reviews: {
                                formatComplete: boolean;
                                id: number;
                                noAlteration: boolean;
                                note: string | null;
                                passed: boolean;
                                /** Format: date-time */
                                reviewedAt: string;
                                reviewedByName: string | null;
                                sealsPresent: boolean;
                            }[];
                            source: "handover" | "import" | "new_business";
                            state: "registered" | "on_hold" | "verified" | "in_force" | "lapsed" | "terminated" | "expired";
                            /** Format: date-time */
                            stateChangedAt: string;
                            stateReason: string | null;
                            stateReasonCodes: ("formatIncomplete" | "sealsMissing" | "altered" | "gracePeriodEnded")[] | null;
                            sumInsured: string;
                            termType: "short_term" | "long_term";
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            verifiedAt: string | null;
                            verifyFields: {
                                field: "insured" | "beneficiary" | "sumInsured" | "term" | "effectiveDate" | "endDate" | "insurerContact" | "premium";
                                onPolicy: string | null;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{id}/servicing-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a servicing request for a policy: checked against its type (hesitation period, reinstatement window, sales rules), its SLA opened */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        applicantClientId?: number;
                        change?: {
                            address?: string;
                            bankAccount?: string;
                            beneficiaries?: {
                                clientId?: number | null;
                                idNumber?: string | null;
                                name?: string | null;
                                /** @default 1 */
                                rank?: number;
                                relation: "self" | "spouse" | "child" | "parent" | "other";
                                share: string;
                            }[];
                            beneficiaryDesignation?: "legal" | "named";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            birthDate?: string;
                            gender?: "male" | "female";
                            mobile?: string;
                            premium?: string;
                            premiumDifference?: string;
                        };
                        channel: "counter" | "phone" | "agent" | "mail" | "online";
                        details?: {
                            cashValue?: string;
                            explained?: {
                                feeDeduction: boolean;
                                noRefundCases: boolean;
                                refundVersusCashValue: boolean;
                            };
                            fees?: string;
                            identityChecked?: boolean;
                            identityMethod?: "id_card_in_person" | "id_card_copy_and_call" | "video" | "other";
                            identityNote?: string;
                            outstandingLoan?: string;
                            payee?: "policyholder" | "agent" | "other";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            receiptSignedOn?: string;
                            refund?: string;
                            reissueReason?: "lost" | "damaged" | "other";
                            signedBy?: "client" | "agent";
                            suicideExclusionExplained?: boolean;
                        };
                        note?: string;
                        /** @enum {string} */
                        type: "contact_change" | "address_change" | "payment_account_change" | "age_gender_correction" | "beneficiary_change" | "policy_enquiry" | "add_rider" | "surrender" | "hesitation_cancellation" | "reinstatement" | "policy_reissue";
                        walkIn?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedEvents: string[];
                            applicantClientId: number;
                            applicantName: string;
                            approval: "clerk" | "supervisor";
                            change: {
                                address?: string;
                                bankAccount?: string;
                                beneficiaries?: {
                                    idNumber: string | null;
                                    name: string;
                                    rank: number;
                                    relation: string;
                                    share: string;
                                }[];
                                beneficiaryDesignation?: string;
                                birthDate?: string;
                                gender?: string;
                                mobile?: string;
                                premium?: string;
                                premiumDifference?: string;
                            } | null;
                            channel: "counter" | "phone" | "agent" | "mail" | "online";
                            /** Format: date-time */
                            completedAt: string | null;
                            details: {
                                [key: string]: unknown;
                            };
                            endorsement: boolean;
                            id: number;
                            orgUnitId: number;
                            orgUnitName: string;
                            orgUnitNameEn: string | null;
                            outcome: string | null;
                            ownerId: number | null;
                            ownerName: string | null;
                            policyholderName: string;
                            policyId: number;
                            policyInternalNo: string;
                            policyNumber: string;
                            /** Format: date-time */
                            receivedAt: string;
                            requestNo: string;
                            state: "received" | "processing" | "awaiting_signature" | "completed" | "refused" | "withdrawn";
                            stateReason: string | null;
                            type: string;
                            typeName: string;
                            typeNameEn: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lapse, reinstate or terminate, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        to: "registered" | "on_hold" | "verified" | "in_force" | "lapsed" | "terminated" | "expired";
                        /** @description the version you read */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agentId: number | null;
                            agentName: string | null;
                            allowedTransitions: ("registered" | "on_hold" | "verified" | "in_force" | "lapsed" | "terminated" | "expired")[];
                            /** Format: date */
                            applicationDate: string | null;
                            bankAccount: string | null;
                            beneficiaryDesignation: "legal" | "named";
                            /** Format: date-time */
                            createdAt: string;
                            differences: {
                                clientSays: string | null;
                                field: "insured" | "beneficiary" | "sumInsured" | "term" | "effectiveDate" | "endDate" | "insurerContact" | "premium";
                                id: number;
                                onPolicy: string | null;
                                /** Format: date-time */
                                raisedAt: string;
                                raisedByName: string | null;
                                resolution: ("policy_correct" | "client_confirmed_policy" | "insurer_correction" | "record_corrected") | (never | null);
                                resolutionNote: string | null;
                                /** Format: date-time */
                                resolvedAt: string | null;
                            }[];
                            /** Format: date */
                            effectiveDate: string;
                            /** Format: date */
                            endDate: string | null;
                            id: number;
                            insurerId: number;
                            insurerName: string;
                            insurerNameEn: string | null;
                            insurerServicePhone: string | null;
                            internalNo: string;
                            /** Format: date */
                            issueDate: string | null;
                            lineOfBusiness: "life" | "health" | "accident" | "property" | "auto" | "liability" | "other";
                            notices: {
                                channel: "phone" | "sms" | "letter" | "visit" | "wechat" | "email";
                                content: string;
                                id: number;
                                kind: "on_hold" | "difference" | "reissue";
                                /** Format: date-time */
                                sentAt: string;
                                sentByName: string | null;
                            }[];
                            orgUnitId: number;
                            orgUnitName: string;
                            orgUnitNameEn: string | null;
                            parties: {
                                clientId: number | null;
                                id: number;
                                idNumber: string | null;
                                name: string;
                                rank: number | null;
                                relation: ("self" | "spouse" | "child" | "parent" | "other") | (never | null);
                                role: "insured" | "beneficiary";
                                share: string | null;
                            }[];
                            paymentFrequency: "single" | "annual" | "semiannual" | "quarterly" | "monthly";
                            paymentMode: "auto_debit" | "bank_transfer" | "cash" | "card" | "online" | "other";
                            paymentYears: number | null;
                            policyholderId: number;
                            policyholderName: string;
                            policyNumber: string;
                            premium: string;
                            productId: number | null;
                            productName: string;
                            productNameEn: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                            reviews: {
                                formatComplete: boolean;
                                id: number;
                                noAlteration: boolean;
                                note: string | null;
                                passed: boolean;
                                /** Format: date-time */
                                reviewedAt: string;
                                reviewedByName: string | null;
                                sealsPresent: boolean;
                            }[];
                            source: "handover" | "import" | "new_business";
                            state: "registered" | "on_hold" | "verified" | "in_force" | "lapsed" | "terminated" | "expired";
                            /** Format: date-time */
                            stateChangedAt: string;
                            stateReason: string | null;
                            stateReasonCodes: ("formatIncomplete" | "sealsMissing" | "altered" | "gracePeriodEnded")[] | null;
                            sumInsured: string;
                            termType: "short_term" | "long_term";
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            verifiedAt: string | null;
                            verifyFields: {
                                field: "insured" | "beneficiary" | "sumInsured" | "term" | "effectiveDate" | "endDate" | "insurerContact" | "premium";
                                onPolicy: string | null;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify against the client's papers; differences are raised (R-PO-4) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        checks: {
                            clientSays?: string | null;
                            field: "insured" | "beneficiary" | "sumInsured" | "term" | "effectiveDate" | "endDate" | "insurerContact" | "premium";
                            matches: boolean;
                        }[];
                        notice?: {
                            channel: "phone" | "sms" | "letter" | "visit" | "wechat" | "email";
                            content: string;
                        };
                        /** @description the version you read */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agentId: number | null;
                            agentName: string | null;
                            allowedTransitions: ("registered" | "on_hold" | "verified" | "in_force" | "lapsed" | "terminated" | "expired")[];
                            /** Format: date */
                            applicationDate: string | null;
                            bankAccount: string | null;
                            beneficiaryDesignation: "legal" | "named";
                            /** Format: date-time */
                            createdAt: string;
                            differences: {
                                clientSays: string | null;
                                field: "insured" | "beneficiary" | "sumInsured" | "term" | "effectiveDate" | "endDate" | "insurerContact" | "premium";
                                id: number;
                                onPolicy: string | null;
                                /** Format: date-time */
                                raisedAt: string;
                                raisedByName: string | null;
                                resolution: ("policy_correct" | "client_confirmed_policy" | "insurer_correction" | "record_corrected") | (never | null);
                                resolutionNote: string | null;
                                /** Format: date-time */
                                resolvedAt: string | null;
                            }[];
                            /** Format: date */
                            effectiveDate: string;
                            /** Format: date */
                            endDate: string | null;
                            id: number;
                            insurerId: number;
                            insurerName: string;
                            insurerNameEn: string | null;
                            insurerServicePhone: string | null;
                            internalNo: string;
                            /** Format: date */
                            issueDate: string | null;
                            lineOfBusiness: "life" | "health" | "accident" | "property" | "auto" | "liability" | "other";
                            notices: {
                                channel: "phone" | "sms" | "letter" | "visit" | "wechat" | "email";
                                content: string;
                                id: number;
                                kind: "on_hold" | "difference" | "reissue";
                                /** Format: date-time */
                                sentAt: string;
                                sentByName: string | null;
                            }[];
                            orgUnitId: number;
                            orgUnitName: string;
                            orgUnitNameEn: string | null;
                            parties: {
                                clientId: number | null;
                                id: number;
                                idNumber: string | null;
                                name: string;
                                rank: number | null;
                                relation: ("self" | "spouse" | "child" | "parent" | "other") | (never | null);
                                role: "insured" | "beneficiary";
                                share: string | null;
                            }[];
                            paymentFrequency: "single" | "annual" | "semiannual" | "quarterly" | "monthly";
                            paymentMode: "auto_debit" | "bank_transfer" | "cash" | "card" | "online" | "other";
                            paymentYears: number | null;
                            policyholderId: number;
                            policyholderName: string;
                            policyNumber: string;
                            premium: string;
                            productId: number | null;
                            productName: string;
                            productNameEn: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                            reviews: {
                                formatComplete: boolean;
                                id: number;
                                noAlteration: boolean;
                                note: string | null;
                                passed: boolean;
                                /** Format: date-time */
                                reviewedAt: string;
                                reviewedByName: string | null;
                                sealsPresent: boolean;
                            }[];
                            source: "handover" | "import" | "new_business";
                            state: "registered" | "on_hold" | "verified" | "in_force" | "lapsed" | "terminated" | "expired";
                            /** Format: date-time */
                            stateChangedAt: string;
                            stateReason: string | null;
                            stateReasonCodes: ("formatIncomplete" | "sealsMissing" | "altered" | "gracePeriodEnded")[] | null;
                            sumInsured: string;
                            termType: "short_term" | "long_term";
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            verifiedAt: string | null;
                            verifyFields: {
                                field: "insured" | "beneficiary" | "sumInsured" | "term" | "effectiveDate" | "endDate" | "insurerContact" | "premium";
                                onPolicy: string | null;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered policy list as an xlsx file (the account masked as in the list; audited) */
        get: {
            parameters: {
                query?: {
                    agentId?: number;
                    clientId?: number;
                    effectiveFrom?: string;
                    effectiveTo?: string;
                    endFrom?: string;
                    endingBy?: string;
                    endingWithinDays?: number;
                    endTo?: string;
                    /** @description the selected rows only */
                    ids?: number[];
                    insurerId?: number;
                    lineOfBusiness?: "life" | "health" | "accident" | "property" | "auto" | "liability" | "other";
                    number?: string;
                    orgUnitId?: number;
                    /** @description a column, ascending, or -column descending; default -effectiveDate; ties broken by id */
                    sort?: "effectiveDate" | "-effectiveDate" | "endDate" | "-endDate" | "receivedAt" | "-receivedAt" | "premium" | "-premium" | "policyNumber" | "-policyNumber";
                    state?: "registered" | "on_hold" | "verified" | "in_force" | "lapsed" | "terminated" | "expired";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products; filter by insurer, line of business, term, state; q = name or code prefix */
        get: {
            parameters: {
                query?: {
                    active?: boolean;
                    cursor?: string;
                    insurerId?: number;
                    limit?: number;
                    lineOfBusiness?: "life" | "health" | "accident" | "property" | "auto" | "liability" | "other";
                    q?: string;
                    termType?: "short_term" | "long_term";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                code: string;
                                gracePeriodDays: number;
                                hesitationPeriodDays: number | null;
                                id: number;
                                insurerCode: string;
                                insurerId: number;
                                insurerName: string;
                                insurerNameEn: string | null;
                                investmentLinked: boolean;
                                lineOfBusiness: "life" | "health" | "accident" | "property" | "auto" | "liability" | "other";
                                longTermHealth: boolean;
                                name: string;
                                nameEn: string | null;
                                participating: boolean;
                                renewable: boolean;
                                riskWarningRequired: boolean;
                                termType: "short_term" | "long_term";
                                universal: boolean;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a product (head office; audited); warnings say what to double-check */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        gracePeriodDays?: number;
                        hesitationPeriodDays?: number | null;
                        insurerId: number;
                        investmentLinked?: boolean;
                        lineOfBusiness: "life" | "health" | "accident" | "property" | "auto" | "liability" | "other";
                        longTermHealth?: boolean;
                        name: string;
                        nameEn?: string | null;
                        participating?: boolean;
                        renewable?: boolean;
                        termType: "short_term" | "long_term";
                        universal?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            gracePeriodDays: number;
                            hesitationPeriodDays: number | null;
                            id: number;
                            insurerCode: string;
                            insurerId: number;
                            insurerName: string;
                            insurerNameEn: string | null;
                            investmentLinked: boolean;
                            lineOfBusiness: "life" | "health" | "accident" | "property" | "auto" | "liability" | "other";
                            longTermHealth: boolean;
                            name: string;
                            nameEn: string | null;
                            participating: boolean;
                            renewable: boolean;
                            riskWarningRequired: boolean;
                            termType: "short_term" | "long_term";
                            universal: boolean;
                            version: number;
                            warnings: {
                                basis: string;
                                code: string;
                                message: string;
                                path: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product, with warnings about its figures */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            gracePeriodDays: number;
                            hesitationPeriodDays: number | null;
                            id: number;
                            insurerCode: string;
                            insurerId: number;
                            insurerName: string;
                            insurerNameEn: string | null;
                            investmentLinked: boolean;
                            lineOfBusiness: "life" | "health" | "accident" | "property" | "auto" | "liability" | "other";
                            longTermHealth: boolean;
                            name: string;
                            nameEn: string | null;
                            participating: boolean;
                            renewable: boolean;
                            riskWarningRequired: boolean;
                            termType: "short_term" | "long_term";
                            universal: boolean;
                            version: number;
                            warnings: {
                                basis: string;
                                code: string;
                                message: string;
                                path: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a product (send the version you read); warnings say what to double-check */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        gracePeriodDays?: number;
                        hesitationPeriodDays?: number | null;
                        investmentLinked?: boolean;
                        lineOfBusiness?: "life" | "health" | "accident" | "property" | "auto" | "liability" | "other";
                        longTermHealth?: boolean;
                        name?: string;
                        nameEn?: string | null;
                        participating?: boolean;
                        renewable?: boolean;
                        termType?: "short_term" | "long_term";
                        universal?: boolean;
                        /** @description the version you read */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            gracePeriodDays: number;
                            hesitationPeriodDays: number | null;
                            id: number;
                            insurerCode: string;
                            insurerId: number;
                            insurerName: string;
                            insurerNameEn: string | null;
                            investmentLinked: boolean;
                            lineOfBusiness: "life" | "health" | "accident" | "property" | "auto" | "liability" | "other";
                            longTermHealth: boolean;
                            name: string;
                            nameEn: string | null;
                            participating: boolean;
                            renewable: boolean;
                            riskWarningRequired: boolean;
                            termType: "short_term" | "long_term";
                            universal: boolean;
                            version: number;
                            warnings: {
                                basis: string;
                                code: string;
                                message: string;
                                path: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/records/{type}/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A record's documents and its checklist (required / optional, received / missing); the record's own read permission and scope */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    /** @description the record type: policy, client … */
                    type: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canUpload: boolean;
                            checklist: {
                                note: {
                                    en: string;
                                    zh: string;
                                } | null;
                                /** @description how many documents of this type the record has */
                                received: number;
                                required: boolean;
                                state: "received" | "missing" | "optional";
                                typeCode: string;
                                typeName: string;
                                typeNameEn: string;
                            }[];
                            items: {
                                fileName: string;
                                id: number;
                                mediaType: string;
                                preview: boolean;
                                sensitive: boolean;
                                sha256: string;
                                sizeBytes: number;
                                typeCode: string;
                                typeName: string;
                                typeNameEn: string;
                                /** Format: date-time */
                                uploadedAt: string;
                                uploadedByName: string | null;
                            }[];
                            maxBytes: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Upload files to a record, all or nothing: multipart/form-data, each file under its document type as the field name (e.g. id_document); PDF, JPEG, PNG, HEIC, Word, Excel by content */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    /** @description the record type: policy, client … */
                    type: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ids: number[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/records/{type}/{id}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A record's notices, newest first, and the templates that may be issued for it; the record's own read permission and scope */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    /** @description the record type: policy, client … */
                    type: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canIssue: boolean;
                            items: {
                                batchId: number | null;
                                documentId: number;
                                id: number;
                                /** Format: date-time */
                                issuedAt: string;
                                issuedByName: string | null;
                                number: string;
                                sensitive: boolean;
                                templateCode: string;
                                templateName: string;
                                templateNameEn: string;
                                templateVersion: number;
                                verificationCode: string;
                            }[];
                            templates: {
                                code: string;
                                name: string;
                                nameEn: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Issue a notice for a record: the template's latest version, the next number of the record's org unit and year, a verification code; the record type's write permission */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    /** @description the record type: policy, client … */
                    type: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a notice template: endorsement, surrender_explanation … */
                        templateCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            documentId: number;
                            id: number;
                            number: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/records/{type}/{id}/notices/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Preview (PDF) of a template's latest version for a record: what the notice would say, marked 样张 / PREVIEW, nothing issued or kept; the record's read permission */
        get: {
            parameters: {
                query: {
                    templateCode: string;
                };
                header?: never;
                path: {
                    id: number;
                    /** @description the record type: policy, client … */
                    type: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/records/{type}/{id}/work-item": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A record's work item (who holds it, or the team queue it waits in) and whether you may take, return or reassign it — the record type's read permission and scope */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    /** @description the record type: servicing … */
                    type: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            item: {
                                /** Format: date-time */
                                assignedAt: string;
                                /** Format: date-time */
                                closedAt: string | null;
                                /** Format: date-time */
                                dueAt: string | null;
                                entityId: number;
                                entityType: string;
                                href: string | null;
                                id: number;
                                label: string;
                                open: boolean;
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                ownerId: number | null;
                                ownerName: string | null;
                                /** Format: date-time */
                                receivedAt: string;
                                slaState: "overdue" | "due_soon" | "on_time" | "none";
                                state: string;
                                stateName: string;
                                stateNameEn: string;
                                team: {
                                    orgUnitId: number;
                                    orgUnitName: string;
                                    orgUnitNameEn: string | null;
                                    role: string;
                                } | null;
                                typeName: string;
                                typeNameEn: string;
                                version: number;
                            } | null;
                            may: {
                                reassign: boolean;
                                return: boolean;
                                take: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Roles, their names and permissions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            permissions: {
                                en: string;
                                id: string;
                                kind: "read" | "write";
                                zh: string;
                            }[];
                            roles: {
                                en: string;
                                id: string;
                                permissions: string[];
                                zh: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicing-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Servicing requests in your scope, newest first (the supervisor sees every open one) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    /** @description with cursor: keyset paging for walking a whole list */
                    limit?: number;
                    /** @description only requests not yet ended */
                    open?: boolean;
                    ownerId?: number;
                    /** @description from 1; offset paging */
                    page?: number;
                    pageSize?: 10 | 20 | 50 | 100;
                    policyId?: number;
                    /** @description a column, ascending, or -column descending; default -receivedAt; ties broken by id */
                    sort?: "receivedAt" | "-receivedAt";
                    state?: "received" | "processing" | "awaiting_signature" | "completed" | "refused" | "withdrawn";
                    type?: "contact_change" | "address_change" | "payment_account_change" | "age_gender_correction" | "beneficiary_change" | "policy_enquiry" | "add_rider" | "surrender" | "hesitation_cancellation" | "reinstatement" | "policy_reissue";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                allowedEvents: string[];
                                applicantClientId: number;
                                applicantName: string;
                                approval: "clerk" | "supervisor";
                                change: {
                                    address?: string;
                                    bankAccount?: string;
                                    beneficiaries?: {
                                        idNumber: string | null;
                                        name: string;
                                        rank: number;
                                        relation: string;
                                        share: string;
                                    }[];
                                    beneficiaryDesignation?: string;
                                    birthDate?: string;
                                    gender?: string;
                                    mobile?: string;
                                    premium?: string;
                                    premiumDifference?: string;
                                } | null;
                                channel: "counter" | "phone" | "agent" | "mail" | "online";
                                /** Format: date-time */
                                completedAt: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                                endorsement: boolean;
                                id: number;
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                outcome: string | null;
                                ownerId: number | null;
                                ownerName: string | null;
                                policyholderName: string;
                                policyId: number;
                                policyInternalNo: string;
                                policyNumber: string;
                                /** Format: date-time */
                                receivedAt: string;
                                requestNo: string;
                                state: "received" | "processing" | "awaiting_signature" | "completed" | "refused" | "withdrawn";
                                stateReason: string | null;
                                type: string;
                                typeName: string;
                                typeNameEn: string;
                                version: number;
                            }[];
                            /** @description keyset cursor of the next rows in the same sort */
                            nextCursor: string | null;
                            page: number;
                            pageSize: number;
                            /** @description null when walking with limit + cursor (nothing counted) */
                            total: number | null;
                            /** @description false: total is an estimate (a large list), or not counted */
                            totalExact: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicing-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One servicing request */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedEvents: string[];
                            applicantClientId: number;
                            applicantName: string;
                            approval: "clerk" | "supervisor";
                            change: {
                                address?: string;
                                bankAccount?: string;
                                beneficiaries?: {
                                    idNumber: string | null;
                                    name: string;
                                    rank: number;
                                    relation: string;
                                    share: string;
                                }[];
                                beneficiaryDesignation?: string;
                                birthDate?: string;
                                gender?: string;
                                mobile?: string;
                                premium?: string;
                                premiumDifference?: string;
                            } | null;
                            channel: "counter" | "phone" | "agent" | "mail" | "online";
                            /** Format: date-time */
                            completedAt: string | null;
                            details: {
                                [key: string]: unknown;
                            };
                            endorsement: boolean;
                            id: number;
                            orgUnitId: number;
                            orgUnitName: string;
                            orgUnitNameEn: string | null;
                            outcome: string | null;
                            ownerId: number | null;
                            ownerName: string | null;
                            policyholderName: string;
                            policyId: number;
                            policyInternalNo: string;
                            policyNumber: string;
                            /** Format: date-time */
                            receivedAt: string;
                            requestNo: string;
                            state: "received" | "processing" | "awaiting_signature" | "completed" | "refused" | "withdrawn";
                            stateReason: string | null;
                            type: string;
                            typeName: string;
                            typeNameEn: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicing-requests/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A step of a request (start, medical result, insurer decision, endorsement, complete — the policy changes with it —, refuse, withdraw); send the version you read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        change?: {
                            address?: string;
                            bankAccount?: string;
                            beneficiaries?: {
                                clientId?: number | null;
                                idNumber?: string | null;
                                name?: string | null;
                                /** @default 1 */
                                rank?: number;
                                relation: "self" | "spouse" | "child" | "parent" | "other";
                                share: string;
                            }[];
                            beneficiaryDesignation?: "legal" | "named";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            birthDate?: string;
                            gender?: "male" | "female";
                            mobile?: string;
                            premium?: string;
                            premiumDifference?: string;
                        };
                        details?: {
                            cashValue?: string;
                            explained?: {
                                feeDeduction: boolean;
                                noRefundCases: boolean;
                                refundVersusCashValue: boolean;
                            };
                            fees?: string;
                            identityChecked?: boolean;
                            identityMethod?: "id_card_in_person" | "id_card_copy_and_call" | "video" | "other";
                            identityNote?: string;
                            outstandingLoan?: string;
                            payee?: "policyholder" | "agent" | "other";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            receiptSignedOn?: string;
                            refund?: string;
                            reissueReason?: "lost" | "damaged" | "other";
                            signedBy?: "client" | "agent";
                            suicideExclusionExplained?: boolean;
                        };
                        event: "start" | "record_medical_result" | "record_insurer_agreement" | "record_referral" | "record_insurer_figures" | "submit_to_insurer" | "issue_endorsement" | "complete" | "refuse" | "withdraw";
                        reason?: string;
                        /** @description the version you read */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedEvents: string[];
                            applicantClientId: number;
                            applicantName: string;
                            approval: "clerk" | "supervisor";
                            change: {
                                address?: string;
                                bankAccount?: string;
                                beneficiaries?: {
                                    idNumber: string | null;
                                    name: string;
                                    rank: number;
                                    relation: string;
                                    share: string;
                                }[];
                                beneficiaryDesignation?: string;
                                birthDate?: string;
                                gender?: string;
                                mobile?: string;
                                premium?: string;
                                premiumDifference?: string;
                            } | null;
                            channel: "counter" | "phone" | "agent" | "mail" | "online";
                            /** Format: date-time */
                            completedAt: string | null;
                            details: {
                                [key: string]: unknown;
                            };
                            endorsement: boolean;
                            id: number;
                            orgUnitId: number;
                            orgUnitName: string;
                            orgUnitNameEn: string | null;
                            outcome: string | null;
                            ownerId: number | null;
                            ownerName: string | null;
                            policyholderName: string;
                            policyId: number;
                            policyInternalNo: string;
                            policyNumber: string;
                            /** Format: date-time */
                            receivedAt: string;
                            requestNo: string;
                            state: "received" | "processing" | "awaiting_signature" | "completed" | "refused" | "withdrawn";
                            stateReason: string | null;
                            type: string;
                            typeName: string;
                            typeNameEn: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicing-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The servicing request types (as data, R-SV-1..5) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                applicant: "any" | "policyholderIdentityChecked";
                                approval: "clerk" | "supervisor";
                                changeFields: string[];
                                code: string;
                                completedEvent: string | null;
                                documents: {
                                    onlyWhen: string | null;
                                    required: boolean;
                                    typeCode: string;
                                }[];
                                effect: "none" | "terminate" | "reinstate";
                                endorsement: boolean;
                                name: string;
                                nameEn: string;
                                onePerPolicy: boolean;
                                receivedEvent: string | null;
                                refund: boolean;
                                requiredChangeFields: string[];
                                specId: string;
                                walkInOnTheSpot: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
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
        /** Users in your scope: filtered, sorted, one page with its total */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    /** @description with cursor: keyset paging for walking a whole list */
                    limit?: number;
                    orgUnitId?: number;
                    /** @description from 1; offset paging */
                    page?: number;
                    pageSize?: 10 | 20 | 50 | 100;
                    q?: string;
                    /** @description a column, ascending, or -column descending; default -createdAt; ties broken by id */
                    sort?: "username" | "-username" | "displayName" | "-displayName" | "orgUnit" | "-orgUnit" | "createdAt" | "-createdAt";
                    status?: "active" | "disabled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                displayName: string;
                                email: string | null;
                                id: number;
                                /** Format: date-time */
                                lastLoginAt: string | null;
                                /** Format: date-time */
                                lockedUntil: string | null;
                                mobile: string | null;
                                mustChangePassword: boolean;
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                roles: {
                                    orgUnitId: number;
                                    orgUnitName: string;
                                    orgUnitNameEn: string | null;
                                    role: string;
                                }[];
                                status: "active" | "disabled";
                                username: string;
                                version: number;
                            }[];
                            /** @description keyset cursor of the next rows in the same sort */
                            nextCursor: string | null;
                            page: number;
                            pageSize: number;
                            /** @description null when walking with limit + cursor (nothing counted) */
                            total: number | null;
                            /** @description false: total is an estimate (a large list), or not counted */
                            totalExact: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a user with roles */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        /** Format: email */
                        email?: string | null;
                        /** Format: cn-mobile */
                        mobile?: string | null;
                        orgUnitId: number;
                        password?: string;
                        roles: {
                            orgUnitId: number;
                            role: "agent" | "clerk" | "customer_service" | "callback_agent" | "underwriter" | "claims_handler" | "surveyor" | "loss_assessor" | "supervisor" | "auditor" | "admin";
                        }[];
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A generated password, shown this once; null when the caller chose one */
                            temporaryPassword: string | null;
                            user: {
                                displayName: string;
                                email: string | null;
                                id: number;
                                /** Format: date-time */
                                lastLoginAt: string | null;
                                /** Format: date-time */
                                lockedUntil: string | null;
                                mobile: string | null;
                                mustChangePassword: boolean;
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                roles: {
                                    orgUnitId: number;
                                    orgUnitName: string;
                                    orgUnitNameEn: string | null;
                                    role: string;
                                }[];
                                status: "active" | "disabled";
                                username: string;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
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
        /** One user (personal fields masked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            displayName: string;
                            email: string | null;
                            id: number;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            /** Format: date-time */
                            lockedUntil: string | null;
                            mobile: string | null;
                            mustChangePassword: boolean;
                            orgUnitId: number;
                            orgUnitName: string;
                            orgUnitNameEn: string | null;
                            roles: {
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                role: string;
                            }[];
                            status: "active" | "disabled";
                            username: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user (send the version you read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        /** Format: email */
                        email?: string | null;
                        /** Format: cn-mobile */
                        mobile?: string | null;
                        orgUnitId?: number;
                        status?: "active" | "disabled";
                        /** @description the version you read */
                        version: number;
                        workItemsTo?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            displayName: string;
                            email: string | null;
                            id: number;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            /** Format: date-time */
                            lockedUntil: string | null;
                            mobile: string | null;
                            mustChangePassword: boolean;
                            orgUnitId: number;
                            orgUnitName: string;
                            orgUnitNameEn: string | null;
                            roles: {
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                role: string;
                            }[];
                            status: "active" | "disabled";
                            username: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password; the user must change it at next login */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        newPassword?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A generated password, shown this once; null when the caller chose one */
                            temporaryPassword: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show a personal field in clear text (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        field: "mobile";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            value: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the role assignments you manage */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        confirmSelfDemotion?: boolean;
                        roles: {
                            orgUnitId: number;
                            role: "agent" | "clerk" | "customer_service" | "callback_agent" | "underwriter" | "claims_handler" | "surveyor" | "loss_assessor" | "supervisor" | "auditor" | "admin";
                        }[];
                        /** @description the version you read */
                        version: number;
                        workItemsTo?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            displayName: string;
                            email: string | null;
                            id: number;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            /** Format: date-time */
                            lockedUntil: string | null;
                            mobile: string | null;
                            mustChangePassword: boolean;
                            orgUnitId: number;
                            orgUnitName: string;
                            orgUnitNameEn: string | null;
                            roles: {
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                role: string;
                            }[];
                            status: "active" | "disabled";
                            username: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a login lockout */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supervisor's view (the quality auditor's too, read-only): every open item in your scope (each record type's own read scope too) with its SLA state, most urgent first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    /** @description YYYY-MM-DD */
                    dueFrom?: string;
                    /** @description YYYY-MM-DD */
                    dueTo?: string;
                    entityType?: string;
                    /** @description with cursor: keyset paging for walking a whole list */
                    limit?: number;
                    orgUnitId?: number;
                    ownerId?: number;
                    /** @description from 1; offset paging */
                    page?: number;
                    pageSize?: 10 | 20 | 50 | 100;
                    /** @description YYYY-MM-DD */
                    receivedFrom?: string;
                    /** @description YYYY-MM-DD */
                    receivedTo?: string;
                    sla?: "overdue" | "due_soon" | "on_time" | "none";
                    /** @description a column, ascending, or -column descending; default due; ties broken by id */
                    sort?: "due" | "-due" | "receivedAt" | "-receivedAt";
                    state?: string;
                    status?: "open" | "closed" | "all";
                    unassigned?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                assignedAt: string;
                                /** Format: date-time */
                                closedAt: string | null;
                                /** Format: date-time */
                                dueAt: string | null;
                                entityId: number;
                                entityType: string;
                                href: string | null;
                                id: number;
                                label: string;
                                open: boolean;
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                ownerId: number | null;
                                ownerName: string | null;
                                /** Format: date-time */
                                receivedAt: string;
                                slaState: "overdue" | "due_soon" | "on_time" | "none";
                                state: string;
                                stateName: string;
                                stateNameEn: string;
                                team: {
                                    orgUnitId: number;
                                    orgUnitName: string;
                                    orgUnitNameEn: string | null;
                                    role: string;
                                } | null;
                                typeName: string;
                                typeNameEn: string;
                                version: number;
                            }[];
                            /** @description keyset cursor of the next rows in the same sort */
                            nextCursor: string | null;
                            page: number;
                            pageSize: number;
                            /** @description null when walking with limit + cursor (nothing counted) */
                            total: number | null;
                            /** @description false: total is an estimate (a large list), or not counted */
                            totalExact: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-items/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 改派: give an item to another person, with the reason — the record and its running deadlines go with it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ownerId: number;
                        reason: string;
                        /** @description the version you read */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            assignedAt: string;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            entityId: number;
                            entityType: string;
                            href: string | null;
                            id: number;
                            label: string;
                            open: boolean;
                            orgUnitId: number;
                            orgUnitName: string;
                            orgUnitNameEn: string | null;
                            ownerId: number | null;
                            ownerName: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                            slaState: "overdue" | "due_soon" | "on_time" | "none";
                            state: string;
                            stateName: string;
                            stateNameEn: string;
                            team: {
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                role: string;
                            } | null;
                            typeName: string;
                            typeNameEn: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-items/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 放回任务池: hand an item you hold (or, as a supervisor, anyone's there) back to its team queue with the reason; moved since the version you send → 409 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description the version you read */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            assignedAt: string;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            entityId: number;
                            entityType: string;
                            href: string | null;
                            id: number;
                            label: string;
                            open: boolean;
                            orgUnitId: number;
                            orgUnitName: string;
                            orgUnitNameEn: string | null;
                            ownerId: number | null;
                            ownerName: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                            slaState: "overdue" | "due_soon" | "on_time" | "none";
                            state: string;
                            stateName: string;
                            stateNameEn: string;
                            team: {
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                role: string;
                            } | null;
                            typeName: string;
                            typeNameEn: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-items/{id}/take": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 领取: take an item from a team queue you are in (the record type's write permission where it is); taken already → 409 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you read */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            assignedAt: string;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            entityId: number;
                            entityType: string;
                            href: string | null;
                            id: number;
                            label: string;
                            open: boolean;
                            orgUnitId: number;
                            orgUnitName: string;
                            orgUnitNameEn: string | null;
                            ownerId: number | null;
                            ownerName: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                            slaState: "overdue" | "due_soon" | "on_time" | "none";
                            state: string;
                            stateName: string;
                            stateNameEn: string;
                            team: {
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                role: string;
                            } | null;
                            typeName: string;
                            typeNameEn: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-items/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who you may give items to: active people in your scope who handle a queued record type */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                displayName: string;
                                id: number;
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-items/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A view (mine, team, all — all needs task.read) as xlsx: exactly its list as shown, or the selected rows; audited */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM-DD */
                    dueFrom?: string;
                    /** @description YYYY-MM-DD */
                    dueTo?: string;
                    entityType?: string;
                    /** @description the selected rows only */
                    ids?: number[];
                    orgUnitId?: number;
                    ownerId?: number;
                    /** @description YYYY-MM-DD */
                    receivedFrom?: string;
                    /** @description YYYY-MM-DD */
                    receivedTo?: string;
                    sla?: "overdue" | "due_soon" | "on_time" | "none";
                    /** @description a column, ascending, or -column descending; default due; ties broken by id */
                    sort?: "due" | "-due" | "receivedAt" | "-receivedAt";
                    state?: string;
                    status?: "open" | "closed" | "all";
                    unassigned?: boolean;
                    view: "mine" | "team" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-items/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的任务: the items you own, most urgent first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    /** @description YYYY-MM-DD */
                    dueFrom?: string;
                    /** @description YYYY-MM-DD */
                    dueTo?: string;
                    entityType?: string;
                    /** @description with cursor: keyset paging for walking a whole list */
                    limit?: number;
                    orgUnitId?: number;
                    ownerId?: number;
                    /** @description from 1; offset paging */
                    page?: number;
                    pageSize?: 10 | 20 | 50 | 100;
                    /** @description YYYY-MM-DD */
                    receivedFrom?: string;
                    /** @description YYYY-MM-DD */
                    receivedTo?: string;
                    sla?: "overdue" | "due_soon" | "on_time" | "none";
                    /** @description a column, ascending, or -column descending; default due; ties broken by id */
                    sort?: "due" | "-due" | "receivedAt" | "-receivedAt";
                    state?: string;
                    status?: "open" | "closed" | "all";
                    unassigned?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                assignedAt: string;
                                /** Format: date-time */
                                closedAt: string | null;
                                /** Format: date-time */
                                dueAt: string | null;
                                entityId: number;
                                entityType: string;
                                href: string | null;
                                id: number;
                                label: string;
                                open: boolean;
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                ownerId: number | null;
                                ownerName: string | null;
                                /** Format: date-time */
                                receivedAt: string;
                                slaState: "overdue" | "due_soon" | "on_time" | "none";
                                state: string;
                                stateName: string;
                                stateNameEn: string;
                                team: {
                                    orgUnitId: number;
                                    orgUnitName: string;
                                    orgUnitNameEn: string | null;
                                    role: string;
                                } | null;
                                typeName: string;
                                typeNameEn: string;
                                version: number;
                            }[];
                            /** @description keyset cursor of the next rows in the same sort */
                            nextCursor: string | null;
                            page: number;
                            pageSize: number;
                            /** @description null when walking with limit + cursor (nothing counted) */
                            total: number | null;
                            /** @description false: total is an estimate (a large list), or not counted */
                            totalExact: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-items/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 改派 several items to one person with one reason: all or none, each refusal named by its place (ids.3) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the selected items; all are reassigned or none */
                        ids: number[];
                        ownerId: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                assignedAt: string;
                                /** Format: date-time */
                                closedAt: string | null;
                                /** Format: date-time */
                                dueAt: string | null;
                                entityId: number;
                                entityType: string;
                                href: string | null;
                                id: number;
                                label: string;
                                open: boolean;
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                ownerId: number | null;
                                ownerName: string | null;
                                /** Format: date-time */
                                receivedAt: string;
                                slaState: "overdue" | "due_soon" | "on_time" | "none";
                                state: string;
                                stateName: string;
                                stateNameEn: string;
                                team: {
                                    orgUnitId: number;
                                    orgUnitName: string;
                                    orgUnitNameEn: string | null;
                                    role: string;
                                } | null;
                                typeName: string;
                                typeNameEn: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-items/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My open items (overdue, due soon), the team queues I am in with what waits in each, the record types that queue */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            mine: {
                                dueSoon: number;
                                open: number;
                                overdue: number;
                            };
                            teams: {
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                overdue: number;
                                role: string;
                                waiting: number;
                            }[];
                            types: {
                                entityType: string;
                                name: string;
                                nameEn: string;
                                states: {
                                    final: boolean;
                                    name: string;
                                    nameEn: string;
                                    state: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-items/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 团队队列: the items waiting in the team queues you are in (your role in an org unit, or above it); filter one with orgUnitId */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    /** @description YYYY-MM-DD */
                    dueFrom?: string;
                    /** @description YYYY-MM-DD */
                    dueTo?: string;
                    entityType?: string;
                    /** @description with cursor: keyset paging for walking a whole list */
                    limit?: number;
                    orgUnitId?: number;
                    ownerId?: number;
                    /** @description from 1; offset paging */
                    page?: number;
                    pageSize?: 10 | 20 | 50 | 100;
                    /** @description YYYY-MM-DD */
                    receivedFrom?: string;
                    /** @description YYYY-MM-DD */
                    receivedTo?: string;
                    sla?: "overdue" | "due_soon" | "on_time" | "none";
                    /** @description a column, ascending, or -column descending; default due; ties broken by id */
                    sort?: "due" | "-due" | "receivedAt" | "-receivedAt";
                    state?: string;
                    status?: "open" | "closed" | "all";
                    unassigned?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                assignedAt: string;
                                /** Format: date-time */
                                closedAt: string | null;
                                /** Format: date-time */
                                dueAt: string | null;
                                entityId: number;
                                entityType: string;
                                href: string | null;
                                id: number;
                                label: string;
                                open: boolean;
                                orgUnitId: number;
                                orgUnitName: string;
                                orgUnitNameEn: string | null;
                                ownerId: number | null;
                                ownerName: string | null;
                                /** Format: date-time */
                                receivedAt: string;
                                slaState: "overdue" | "due_soon" | "on_time" | "none";
                                state: string;
                                stateName: string;
                                stateNameEn: string;
                                team: {
                                    orgUnitId: number;
                                    orgUnitName: string;
                                    orgUnitNameEn: string | null;
                                    role: string;
                                } | null;
                                typeName: string;
                                typeNameEn: string;
                                version: number;
                            }[];
                            /** @description keyset cursor of the next rows in the same sort */
                            nextCursor: string | null;
                            page: number;
                            pageSize: number;
                            /** @description null when walking with limit + cursor (nothing counted) */
                            total: number | null;
                            /** @description false: total is an estimate (a large list), or not counted */
                            totalExact: boolean;
                        };
                    };
                };
            };
        };
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
        /** Error */
        "def-0": {
            error: {
                /** @description stable machine-readable code, e.g. VALIDATION_FAILED */
                code: string;
                fields: {
                    message: string;
                    path: string;
                }[];
                /** @description in the language of Accept-Language (zh-CN by default, or en) */
                message: string;
                requestId?: string;
            } & {
                [key: string]: unknown;
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
export type operations = Record<string, never>;
