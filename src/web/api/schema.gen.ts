/**
 * Generated from the API's OpenAPI document by `npm run api:types`; do not edit.
 * test/apiTypes.test.ts fails when the server's schemas and this file part.
 */
export interface paths {
    "/api/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** E-mail sent, waiting and failed, newest first (administrators) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Part of the address or the subject */
                    q?: string;
                    /** @description Omit for every message */
                    status?: "pending" | "sent" | "failed";
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
                            counts: {
                                failed: number;
                                pending: number;
                                sent: number;
                            };
                            items: {
                                attempts: number;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                lastError: string | null;
                                /** Format: date-time */
                                nextAttemptAt: string;
                                /** Format: date-time */
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "sent" | "failed";
                                subject: string;
                                to: string;
                            }[];
                            mailEnabled: boolean;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/admin/outbox/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Try a failed message again from now (administrators); 409 if it has not failed */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            lastError: string | null;
                            /** Format: date-time */
                            nextAttemptAt: string;
                            /** Format: date-time */
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "sent" | "failed";
                            subject: string;
                            to: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                attempts: number;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                lastError: string | null;
                                /** Format: date-time */
                                nextAttemptAt: string;
                                /** Format: date-time */
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "sent" | "failed";
                                subject: string;
                                to: string;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/admin/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every API token that is not revoked, with its owner (administrators) */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            lastUsedAt: string | null;
                            name: string;
                            owner: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            scope: "read" | "write";
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/admin/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke anyone's API token (administrators) */
        delete: {
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
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether two-factor is required for administrators and fund managers (administrators) */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Require two-factor sign-in for administrators and fund managers */
                            required: boolean;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        /** Require two-factor for administrators and fund managers, or not (administrators) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Require two-factor sign-in for administrators and fund managers */
                        required: boolean;
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
                            /** @description Require two-factor sign-in for administrators and fund managers */
                            required: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/admin/webhook-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook deliveries, newest first: status, attempts, last answer (administrators) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Omit for every delivery */
                    status?: "pending" | "delivered" | "failed";
                    webhookId?: string;
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
                                attempts: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                deliveredAt: string | null;
                                /** @enum {string} */
                                event: "projectStep" | "reportDecided" | "extensionDecided";
                                /**
                                 * Format: uuid
                                 * @description The Prima-Delivery header: the same on every attempt
                                 */
                                id: string;
                                lastError: string | null;
                                lastHttpStatus: number | null;
                                /** Format: date-time */
                                nextAttemptAt: string;
                                /** @enum {string} */
                                status: "pending" | "delivered" | "failed";
                                url: string;
                                /** Format: uuid */
                                webhookId: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/admin/webhook-deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Try a failed delivery again from now, with the same delivery id; 409 if it has not failed */
        post: {
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
                            attempts: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            deliveredAt: string | null;
                            /** @enum {string} */
                            event: "projectStep" | "reportDecided" | "extensionDecided";
                            /**
                             * Format: uuid
                             * @description The Prima-Delivery header: the same on every attempt
                             */
                            id: string;
                            lastError: string | null;
                            lastHttpStatus: number | null;
                            /** Format: date-time */
                            nextAttemptAt: string;
                            /** @enum {string} */
                            status: "pending" | "delivered" | "failed";
                            url: string;
                            /** Format: uuid */
                            webhookId: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                attempts: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                deliveredAt: string | null;
                                /** @enum {string} */
                                event: "projectStep" | "reportDecided" | "extensionDecided";
                                /**
                                 * Format: uuid
                                 * @description The Prima-Delivery header: the same on every attempt
                                 */
                                id: string;
                                lastError: string | null;
                                lastHttpStatus: number | null;
                                /** Format: date-time */
                                nextAttemptAt: string;
                                /** @enum {string} */
                                status: "pending" | "delivered" | "failed";
                                url: string;
                                /** Format: uuid */
                                webhookId: string;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registered webhooks, oldest first (administrators); never their secrets */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            events: ("projectStep" | "reportDecided" | "extensionDecided")[];
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                            version: number;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a webhook; the answer holds its signing secret, shown this once */
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
                        /** @description An inactive webhook is kept but told nothing */
                        active: boolean;
                        /** @description What it is told of: at least one */
                        events: ("projectStep" | "reportDecided" | "extensionDecided")[];
                        /**
                         * Format: uri
                         * @description Where PRIMA posts (http or https)
                         */
                        url: string;
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
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            events: ("projectStep" | "reportDecided" | "extensionDecided")[];
                            /** Format: uuid */
                            id: string;
                            secret: string;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/admin/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a webhook's URL, events or active switch; a stale version gets 409 */
        put: {
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
                        /** @description An inactive webhook is kept but told nothing */
                        active: boolean;
                        /** @description What it is told of: at least one */
                        events: ("projectStep" | "reportDecided" | "extensionDecided")[];
                        /**
                         * Format: uri
                         * @description Where PRIMA posts (http or https)
                         */
                        url: string;
                        /** @description The version you edited: a stale one gets 409 */
                        version: number;
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
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            events: ("projectStep" | "reportDecided" | "extensionDecided")[];
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                events: ("projectStep" | "reportDecided" | "extensionDecided")[];
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                updatedAt: string;
                                url: string;
                                version: number;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a webhook and its delivery log (administrators) */
        delete: {
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
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analysis/{report}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An analysis report's tables, for the projects you may read and the dashboard's filters
         * @description projects-by-year-activity: projects and budgets per funding year and per activity type (weighted by shares); extensions: requests by outcome and months added, by region and funding year; budget-revisions: revisions by outcome and the net change of the approved ones (USD), by region and funding year; reporting-compliance: reports on time, late and overdue, by region and funding year.
         */
        get: {
            parameters: {
                query?: {
                    area?: string;
                    fundLine?: string;
                    region?: string;
                    status?: ("draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn")[];
                    yearFrom?: number;
                    yearTo?: number;
                };
                header?: never;
                path: {
                    report: "projects-by-year-activity" | "extensions" | "reporting-compliance" | "budget-revisions";
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
                            tables: {
                                columns: {
                                    key: string;
                                    /** @enum {string} */
                                    type: "text" | "integer" | "decimal" | "money" | "percent" | "date" | "days";
                                }[];
                                id: string;
                                rows: {
                                    [key: string]: (string | number) | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/analysis/{report}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An analysis report as Excel (one sheet per table) or CSV */
        get: {
            parameters: {
                query?: {
                    area?: string;
                    format?: "xlsx" | "csv";
                    fundLine?: string;
                    lang?: "en" | "fr" | "es";
                    region?: string;
                    status?: ("draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn")[];
                    yearFrom?: number;
                    yearTo?: number;
                };
                header?: never;
                path: {
                    report: "projects-by-year-activity" | "extensions" | "reporting-compliance" | "budget-revisions";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The appeals (published funding requirements) imported into PRIMA */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                currency: string;
                                importedAt: string;
                                requirements: number;
                                title: string;
                                totalCents: number;
                                year: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Import an appeal's funding requirements (fund managers and administrators)
         * @description Multipart form: fields `code`, `title`, `year`, then the text in field `file` (the tab-separated tables of seed 001, as `prima import appeal` reads them). Re-importing a code replaces its requirements. Unreadable lines: 400 with one field error per line, nothing written; totals that do not add up come back as `warnings`.
         */
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            overviewOnly: string[];
                            overviewTotalCents: number | null;
                            replacedRows: number;
                            rows: number;
                            tables: string[];
                            totalCents: number;
                            warnings: {
                                code: string;
                                line: number | null;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/appeals/{code}/comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An appeal's requirements against the funded projects
         * @description Required (the appeal) against funded (approved budget of approved, active and closed projects you may read) and coverage in %, `by` region, country or area of work, for a `fundingYear` and `fundLine` (all when absent) and optionally one `region`. A project with several countries counts in each for an equal part of its budget, and in each area of work for its share, split in whole cents (largest remainders), so parts add up exactly. Each row's `row` says what it is (group, multiRegional, regionalProgrammes, regionWide, notBrokenDown, total). Money in integer cents.
         */
        get: {
            parameters: {
                query?: {
                    by?: "region" | "country" | "area";
                    fundingYear?: number;
                    fundLine?: string;
                    region?: string;
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
                            tables: {
                                columns: {
                                    key: string;
                                    /** @enum {string} */
                                    type: "text" | "integer" | "decimal" | "money" | "percent" | "date" | "days";
                                }[];
                                id: string;
                                rows: {
                                    [key: string]: (string | number) | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/appeals/{code}/comparison/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The comparison's numbers as Excel or CSV, with names in the chosen language
         * @description Required (the appeal) against funded (approved budget of approved, active and closed projects you may read) and coverage in %, `by` region, country or area of work, for a `fundingYear` and `fundLine` (all when absent) and optionally one `region`. A project with several countries counts in each for an equal part of its budget, and in each area of work for its share, split in whole cents (largest remainders), so parts add up exactly. Each row's `row` says what it is (group, multiRegional, regionalProgrammes, regionWide, notBrokenDown, total). Money in integer cents.
         */
        get: {
            parameters: {
                query?: {
                    by?: "region" | "country" | "area";
                    format?: "xlsx" | "csv";
                    fundingYear?: number;
                    fundLine?: string;
                    lang?: "en" | "fr" | "es";
                    region?: string;
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
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/auth/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Who a set-password link (forgotten password, invitation) is for, while it works */
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
                        token: string;
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
                            email: string;
                            name: string;
                            /** @enum {string} */
                            purpose: "reset" | "invite";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in; sets the httpOnly session cookie
         * @description With two-factor sign-in on, a correct password opens no session: the answer is 202 with a pending token for /auth/login/two-factor.
         */
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
                            can: {
                                /** @description May add people and end their sessions */
                                administerUsers: boolean;
                                /** @description May register webhooks and see and retry their deliveries */
                                administerWebhooks: boolean;
                                /** @description May start a proposal */
                                createProject: boolean;
                                /** @description May change a funding year's ceilings and country list */
                                editFundRules: boolean;
                                /** @description May change the fund lines' reporting rules */
                                editReportingRules: boolean;
                                /** @description May import an appeal's funding requirements */
                                importAppeal: boolean;
                                /** @description May import a portfolio of projects from a workbook */
                                importProjects: boolean;
                                /** @description May list the project managers, to name a PM or alternate */
                                listManagers: boolean;
                                /** @description May be named a project's PM or alternate: lists of projects and reports start on their own */
                                manageProjects: boolean;
                                /** @description Reviews the proposals that have no region (they are reviewed at headquarters) */
                                reviewProjectsWithoutRegion: boolean;
                                /** @description Has steps of the life cycle waiting for them (the inbox) */
                                seeInbox: boolean;
                                /** @description May see the mail outbox and retry failed messages */
                                seeOutbox: boolean;
                            };
                            /** @description Send it back in the X-CSRF-Token header on every change */
                            csrfToken: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /**
                             * @description The person's language; null: the browser's
                             * @enum {string|null}
                             */
                            language: "en" | "fr" | "es" | null;
                            name: string;
                            region: string | null;
                            /**
                             * @description To name the role (translated); what the user may do is `can`
                             * @enum {string}
                             */
                            role: "pm" | "reviewer" | "fund_manager" | "viewer" | "admin";
                            /** @description Two-factor sign-in is required and not set up: every other route answers 403 until it is */
                            twoFactorSetupPending: boolean;
                            /** @description Send it back to change the profile */
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            expiresAt: string;
                            /** @description Send it with the code to /api/auth/login/two-factor */
                            pendingToken: string;
                            /** @enum {string} */
                            twoFactor: "required";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/auth/login/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in, second step: the code from the authenticator app, or a recovery code */
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
                        pendingToken: string;
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
                            can: {
                                /** @description May add people and end their sessions */
                                administerUsers: boolean;
                                /** @description May register webhooks and see and retry their deliveries */
                                administerWebhooks: boolean;
                                /** @description May start a proposal */
                                createProject: boolean;
                                /** @description May change a funding year's ceilings and country list */
                                editFundRules: boolean;
                                /** @description May change the fund lines' reporting rules */
                                editReportingRules: boolean;
                                /** @description May import an appeal's funding requirements */
                                importAppeal: boolean;
                                /** @description May import a portfolio of projects from a workbook */
                                importProjects: boolean;
                                /** @description May list the project managers, to name a PM or alternate */
                                listManagers: boolean;
                                /** @description May be named a project's PM or alternate: lists of projects and reports start on their own */
                                manageProjects: boolean;
                                /** @description Reviews the proposals that have no region (they are reviewed at headquarters) */
                                reviewProjectsWithoutRegion: boolean;
                                /** @description Has steps of the life cycle waiting for them (the inbox) */
                                seeInbox: boolean;
                                /** @description May see the mail outbox and retry failed messages */
                                seeOutbox: boolean;
                            };
                            /** @description Send it back in the X-CSRF-Token header on every change */
                            csrfToken: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /**
                             * @description The person's language; null: the browser's
                             * @enum {string|null}
                             */
                            language: "en" | "fr" | "es" | null;
                            name: string;
                            region: string | null;
                            /**
                             * @description To name the role (translated); what the user may do is `can`
                             * @enum {string}
                             */
                            role: "pm" | "reviewer" | "fund_manager" | "viewer" | "admin";
                            /** @description Two-factor sign-in is required and not set up: every other route answers 403 until it is */
                            twoFactorSetupPending: boolean;
                            /** @description Send it back to change the profile */
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: the session is revoked */
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
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
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
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Single sign-on, second leg: the identity provider sends the browser back here
         * @description Checks the answer (state, PKCE, nonce, ID token), opens a session like a password sign-in and redirects into PRIMA; a refusal redirects to /login?sso=<code>.
         */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Single sign-on, first leg: redirects the browser to the identity provider
         * @description A browser navigation, not an API call. Sets a short-lived cookie for the return.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The PRIMA path to open after signing in */
                    next?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/auth/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How people sign in here: password, single sign-on, or both */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description false: only single sign-on; the password form is gone */
                            passwordLogin: boolean;
                            /** @description null when single sign-on is not configured */
                            sso: {
                                /** @description The provider's name on the button, "Sign in with <name>" */
                                name: string;
                            } | null;
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
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forgotten password: e-mails a one-time link when an account has this address
         * @description The answer is the same whether or not an account has the address.
         */
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
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/auth/set-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a password with a one-time link; every session of the person ends */
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
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/bookmarks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My bookmarked projects (among those I may read), newest bookmark first */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                bookmarkedAt: string;
                                code: string;
                                fundingYear: number;
                                /** Format: uuid */
                                projectId: string;
                                region: string | null;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn";
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/cofunding/donors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per donor across the portfolio you may read: projects, sources, USD total and amounts per currency */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                byCurrency: {
                                    amount: string;
                                    currency: string;
                                }[];
                                organisationName: string;
                                organisationRef: string | null;
                                organisationType: string;
                                projects: number;
                                sources: number;
                                usd: string;
                                withoutRate: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/cofunding/donors/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The per-donor totals as an Excel workbook (the same rows as /cofunding/donors) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The .xlsx file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/currency-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fund's exchange rates: USD for one unit of each currency, per month */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                currency: string;
                                month: string;
                                rate: string;
                                /** Format: date-time */
                                updatedAt: string;
                                updatedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/currency-rates/{currency}/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record a currency's rate for a month (fund manager; send the version you loaded, 0 for a new one) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    currency: string;
                    month: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description USD for one unit of the currency, a positive decimal with at most eight decimals, e.g. "0.0067" */
                        rate: string;
                        /** @description The version you loaded; 0 when no rate was set for this month */
                        version: number;
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
                            currency: string;
                            month: string;
                            rate: string;
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                currency: string;
                                month: string;
                                rate: string;
                                /** Format: date-time */
                                updatedAt: string;
                                updatedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                version: number;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/currency-rates/{currency}/{month}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change of a currency's rate for a month, newest first: who, when, from and to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    currency: string;
                    month: string;
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
                                after: string | null;
                                /** Format: date-time */
                                at: string;
                                before: string | null;
                                by: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                how: "set" | "imported" | "recorded";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/currency-rates/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import monthly rates from CSV (currency,month,rate): a dry run lists every problem by line; an import writes all or nothing */
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
                        /** @description The CSV text: header currency,month,rate then one line per rate */
                        csv: string;
                        /**
                         * @description Only check the file and say what would change
                         * @default false
                         */
                        dryRun?: boolean;
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
                            applied: boolean;
                            created: number;
                            dryRun: boolean;
                            problems: {
                                code: string;
                                field: string;
                                line: number;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            unchanged: number;
                            updated: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/dashboard/{chart}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One dashboard chart's numbers, as tables
         * @description Filters select projects (within what you may read): `region`, funding years `yearFrom`–`yearTo`, `fundLine`, `status` (a comma-separated set), `area` (projects with a share in that area of work). Money in integer cents. Charts: portfolio (projects and budgets by region × funding year), areas and activities (budgets weighted by each project's shares), beneficiaries (targeted vs reached, from each project's latest accepted narrative report), pipeline (projects by status, and review turnaround), overdue (overdue reports by region × funding year).
         */
        get: {
            parameters: {
                query?: {
                    area?: string;
                    fundLine?: string;
                    region?: string;
                    status?: ("draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn")[];
                    yearFrom?: number;
                    yearTo?: number;
                };
                header?: never;
                path: {
                    chart: "portfolio" | "areas" | "activities" | "beneficiaries" | "pipeline" | "overdue" | "envelopes";
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
                            tables: {
                                columns: {
                                    key: string;
                                    /** @enum {string} */
                                    type: "text" | "integer" | "decimal" | "money" | "percent" | "date" | "days";
                                }[];
                                id: string;
                                rows: {
                                    [key: string]: (string | number) | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/dashboard/{chart}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One chart's numbers as Excel (one sheet per table) or CSV: what its table view shows
         * @description Filters select projects (within what you may read): `region`, funding years `yearFrom`–`yearTo`, `fundLine`, `status` (a comma-separated set), `area` (projects with a share in that area of work). Money in integer cents.
         */
        get: {
            parameters: {
                query?: {
                    area?: string;
                    format?: "xlsx" | "csv";
                    fundLine?: string;
                    lang?: "en" | "fr" | "es";
                    region?: string;
                    status?: ("draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn")[];
                    yearFrom?: number;
                    yearTo?: number;
                };
                header?: never;
                path: {
                    chart: "portfolio" | "areas" | "activities" | "beneficiaries" | "pipeline" | "overdue" | "envelopes";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/dashboard/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every dashboard chart's numbers as Excel (one sheet per table) or CSV
         * @description Filters select projects (within what you may read): `region`, funding years `yearFrom`–`yearTo`, `fundLine`, `status` (a comma-separated set), `area` (projects with a share in that area of work). Money in integer cents.
         */
        get: {
            parameters: {
                query?: {
                    area?: string;
                    format?: "xlsx" | "csv";
                    fundLine?: string;
                    lang?: "en" | "fr" | "es";
                    region?: string;
                    status?: ("draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn")[];
                    yearFrom?: number;
                    yearTo?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/extensions/{extensionId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or refuse an extension request (the fund manager)
         * @description Approval moves the project's planned end to the requested date and recomputes its reporting schedule: pending reports move, new interim periods appear, reports already submitted stay. A refusal needs a comment. `version` is the request's version: a stale one gets 409 with the current request.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    extensionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        comment?: string;
                        /** @enum {string} */
                        decision: "approve" | "refuse";
                        version: number;
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
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            decisionComment: string;
                            /** Format: uuid */
                            id: string;
                            justification: string;
                            /** @description Calendar months the end date moves, to one decimal */
                            monthsAdded: number;
                            /** Format: date */
                            previousEnd: string;
                            /** Format: date-time */
                            requestedAt: string;
                            requestedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date */
                            requestedEnd: string;
                            /** @enum {string} */
                            status: "requested" | "approved" | "refused";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                decisionComment: string;
                                /** Format: uuid */
                                id: string;
                                justification: string;
                                /** @description Calendar months the end date moves, to one decimal */
                                monthsAdded: number;
                                /** Format: date */
                                previousEnd: string;
                                /** Format: date-time */
                                requestedAt: string;
                                requestedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date */
                                requestedEnd: string;
                                /** @enum {string} */
                                status: "requested" | "approved" | "refused";
                                version: number;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/fund-envelopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each funding year's envelope per fund line: allocated, committed, pipeline, spent and available */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                allocated: string | null;
                                available: string | null;
                                committed: string;
                                fundingYear: number;
                                fundLine: string;
                                pipeline: string;
                                spent: string;
                                /** Format: date-time */
                                updatedAt: string | null;
                                updatedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/fund-envelopes/{year}/{line}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a funding year's allocation for a fund line (fund manager; send the version you loaded, 0 for a first one) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    line: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Amount in USD, a decimal with at most two decimals, zero or more, e.g. "2500000.00" */
                        allocated: string | number;
                        /** @description The version you loaded; 0 when no envelope was set yet */
                        version: number;
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
                            allocated: string | null;
                            available: string | null;
                            committed: string;
                            fundingYear: number;
                            fundLine: string;
                            pipeline: string;
                            spent: string;
                            /** Format: date-time */
                            updatedAt: string | null;
                            updatedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                allocated: string | null;
                                available: string | null;
                                committed: string;
                                fundingYear: number;
                                fundLine: string;
                                pipeline: string;
                                spent: string;
                                /** Format: date-time */
                                updatedAt: string | null;
                                updatedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                version: number;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/fund-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Line 2 ceilings and country restrictions of every funding year */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                countries: {
                                    country: string;
                                    note: string;
                                    /** @enum {string} */
                                    status: "inArrears" | "notEligible";
                                }[];
                                fundingYear: number;
                                line2NationalCeiling: string;
                                line2RegionalCeiling: string;
                                open: boolean;
                                /** Format: date-time */
                                updatedAt: string | null;
                                updatedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/fund-rules/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a funding year's ceilings and country list (fund manager; send the version you loaded) */
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
                        countries: {
                            country: string;
                            /** @default  */
                            note?: string;
                            /** @enum {string} */
                            status: "inArrears" | "notEligible";
                        }[];
                        /** @description Amount in USD, a decimal with at most two decimals, e.g. "200000.00" */
                        line2NationalCeiling: string | number;
                        /** @description Amount in USD, a decimal with at most two decimals, e.g. "200000.00" */
                        line2RegionalCeiling: string | number;
                        version: number;
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
                            countries: {
                                country: string;
                                note: string;
                                /** @enum {string} */
                                status: "inArrears" | "notEligible";
                            }[];
                            fundingYear: number;
                            line2NationalCeiling: string;
                            line2RegionalCeiling: string;
                            open: boolean;
                            /** Format: date-time */
                            updatedAt: string | null;
                            updatedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                countries: {
                                    country: string;
                                    note: string;
                                    /** @enum {string} */
                                    status: "inArrears" | "notEligible";
                                }[];
                                fundingYear: number;
                                line2NationalCeiling: string;
                                line2RegionalCeiling: string;
                                open: boolean;
                                /** Format: date-time */
                                updatedAt: string | null;
                                updatedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                version: number;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/fund-spending-threshold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fund's spending threshold: how far above its share of the budget an area's spending may run */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            thresholdPercent: number;
                            /** Format: date-time */
                            updatedAt: string | null;
                            updatedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        /** Set the fund's spending threshold (fund manager; send the version you loaded) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description How far above its share of the budget an area's share of the spending may run, in percent */
                        thresholdPercent: number;
                        /** @description The version you loaded */
                        version: number;
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
                            thresholdPercent: number;
                            /** Format: date-time */
                            updatedAt: string | null;
                            updatedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                thresholdPercent: number;
                                /** Format: date-time */
                                updatedAt: string | null;
                                updatedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                version: number;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Is the server up, and on which database; 503 while the database cannot be reached (take the server out of a load balancer) */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            db: "pglite" | "postgres";
                            /** @enum {string} */
                            status: "ok";
                            version: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            db: "unreachable";
                            message: string;
                            /** @enum {string} */
                            status: "degraded";
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
    "/api/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proposals waiting for the signed-in user, by queue of their role */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            queues: {
                                items: {
                                    code: string;
                                    extension: {
                                        /** Format: uuid */
                                        id: string;
                                        /** Format: date */
                                        requestedEnd: string;
                                    } | null;
                                    fundingYear: number;
                                    fundLine: string;
                                    /** Format: uuid */
                                    id: string;
                                    lastComment: string | null;
                                    region: string | null;
                                    report: {
                                        /** Format: uuid */
                                        id: string;
                                        /** @enum {string} */
                                        kind: "narrative" | "financial";
                                        sequence: number;
                                        /** @enum {string} */
                                        stage: "interim" | "final";
                                    } | null;
                                    requestedBudget: string;
                                    revision: {
                                        /** Format: uuid */
                                        id: string;
                                        previous: string;
                                        requested: string;
                                    } | null;
                                    /** Format: date-time */
                                    since: string;
                                    /** @enum {string} */
                                    status: "draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn";
                                    title: string;
                                }[];
                                /** @enum {string} */
                                queue: "toReview" | "toApprove" | "reportsToDecide" | "extensionsToDecide" | "revisionsToDecide" | "returnedToMe" | "toStart";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/inbox/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many proposals wait for the user and how many notifications are unread */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unreadNotifications: number;
                            waiting: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/knowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the lessons learned and good practices of accepted final reports, in the projects you may read
         * @description Words as in a web search (quotes for a phrase, `or`, `-word`); the last word also matches as a prefix. Without `q`, the newest first. Each item's `highlights` split its snippet where matched words start and end.
         */
        get: {
            parameters: {
                query?: {
                    area?: string;
                    kind?: "lesson" | "goodPractice";
                    limit?: number;
                    offset?: number;
                    q?: string;
                    region?: string;
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
                                acceptedAt: string;
                                highlights: {
                                    match: boolean;
                                    text: string;
                                }[];
                                /** @enum {string} */
                                kind: "lesson" | "goodPractice";
                                project: {
                                    areas: string[];
                                    code: string;
                                    id: string;
                                    region: string | null;
                                    title: string;
                                };
                                reportId: string;
                                text: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                /** @description May add people and end their sessions */
                                administerUsers: boolean;
                                /** @description May register webhooks and see and retry their deliveries */
                                administerWebhooks: boolean;
                                /** @description May start a proposal */
                                createProject: boolean;
                                /** @description May change a funding year's ceilings and country list */
                                editFundRules: boolean;
                                /** @description May change the fund lines' reporting rules */
                                editReportingRules: boolean;
                                /** @description May import an appeal's funding requirements */
                                importAppeal: boolean;
                                /** @description May import a portfolio of projects from a workbook */
                                importProjects: boolean;
                                /** @description May list the project managers, to name a PM or alternate */
                                listManagers: boolean;
                                /** @description May be named a project's PM or alternate: lists of projects and reports start on their own */
                                manageProjects: boolean;
                                /** @description Reviews the proposals that have no region (they are reviewed at headquarters) */
                                reviewProjectsWithoutRegion: boolean;
                                /** @description Has steps of the life cycle waiting for them (the inbox) */
                                seeInbox: boolean;
                                /** @description May see the mail outbox and retry failed messages */
                                seeOutbox: boolean;
                            };
                            /** @description Send it back in the X-CSRF-Token header on every change */
                            csrfToken: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /**
                             * @description The person's language; null: the browser's
                             * @enum {string|null}
                             */
                            language: "en" | "fr" | "es" | null;
                            name: string;
                            region: string | null;
                            /**
                             * @description To name the role (translated); what the user may do is `can`
                             * @enum {string}
                             */
                            role: "pm" | "reviewer" | "fund_manager" | "viewer" | "admin";
                            /** @description Two-factor sign-in is required and not set up: every other route answers 403 until it is */
                            twoFactorSetupPending: boolean;
                            /** @description Send it back to change the profile */
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
        /** Change your name and language */
        patch: {
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
                         * @description null: the browser's language
                         * @enum {string|null}
                         */
                        language: "en" | "fr" | "es" | null;
                        name: string;
                        version: number;
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
                            can: {
                                /** @description May add people and end their sessions */
                                administerUsers: boolean;
                                /** @description May register webhooks and see and retry their deliveries */
                                administerWebhooks: boolean;
                                /** @description May start a proposal */
                                createProject: boolean;
                                /** @description May change a funding year's ceilings and country list */
                                editFundRules: boolean;
                                /** @description May change the fund lines' reporting rules */
                                editReportingRules: boolean;
                                /** @description May import an appeal's funding requirements */
                                importAppeal: boolean;
                                /** @description May import a portfolio of projects from a workbook */
                                importProjects: boolean;
                                /** @description May list the project managers, to name a PM or alternate */
                                listManagers: boolean;
                                /** @description May be named a project's PM or alternate: lists of projects and reports start on their own */
                                manageProjects: boolean;
                                /** @description Reviews the proposals that have no region (they are reviewed at headquarters) */
                                reviewProjectsWithoutRegion: boolean;
                                /** @description Has steps of the life cycle waiting for them (the inbox) */
                                seeInbox: boolean;
                                /** @description May see the mail outbox and retry failed messages */
                                seeOutbox: boolean;
                            };
                            /** @description Send it back in the X-CSRF-Token header on every change */
                            csrfToken: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /**
                             * @description The person's language; null: the browser's
                             * @enum {string|null}
                             */
                            language: "en" | "fr" | "es" | null;
                            name: string;
                            region: string | null;
                            /**
                             * @description To name the role (translated); what the user may do is `can`
                             * @enum {string}
                             */
                            role: "pm" | "reviewer" | "fund_manager" | "viewer" | "admin";
                            /** @description Two-factor sign-in is required and not set up: every other route answers 403 until it is */
                            twoFactorSetupPending: boolean;
                            /** @description Send it back to change the profile */
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                /**
                                 * @description The person's language; null: the browser's
                                 * @enum {string|null}
                                 */
                                language: "en" | "fr" | "es" | null;
                                name: string;
                                version: number;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/me/language": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change your language alone (the header's language menu) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        language: "en" | "fr" | "es" | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/me/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How you hear of each kind of notice (version 0: never chosen, the defaults) */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            choices: {
                                /** @enum {string} */
                                comments: "app" | "email" | "digest";
                                /** @enum {string} */
                                extensions: "app" | "email" | "digest";
                                /** @enum {string} */
                                reminders: "app" | "email" | "digest";
                                /** @enum {string} */
                                reports: "app" | "email" | "digest";
                                /** @enum {string} */
                                workflow: "app" | "email" | "digest";
                            };
                            /** @description The digest goes out each day from this hour (UTC) */
                            digestHour: number;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        /** Choose, per kind of notice, in the app only, e-mail at once, or a daily digest */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        choices: {
                            /** @enum {string} */
                            comments: "app" | "email" | "digest";
                            /** @enum {string} */
                            extensions: "app" | "email" | "digest";
                            /** @enum {string} */
                            reminders: "app" | "email" | "digest";
                            /** @enum {string} */
                            reports: "app" | "email" | "digest";
                            /** @enum {string} */
                            workflow: "app" | "email" | "digest";
                        };
                        /** @description The version read; 0 when nothing was saved yet */
                        version: number;
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
                            choices: {
                                /** @enum {string} */
                                comments: "app" | "email" | "digest";
                                /** @enum {string} */
                                extensions: "app" | "email" | "digest";
                                /** @enum {string} */
                                reminders: "app" | "email" | "digest";
                                /** @enum {string} */
                                reports: "app" | "email" | "digest";
                                /** @enum {string} */
                                workflow: "app" | "email" | "digest";
                            };
                            /** @description The digest goes out each day from this hour (UTC) */
                            digestHour: number;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                choices: {
                                    /** @enum {string} */
                                    comments: "app" | "email" | "digest";
                                    /** @enum {string} */
                                    extensions: "app" | "email" | "digest";
                                    /** @enum {string} */
                                    reminders: "app" | "email" | "digest";
                                    /** @enum {string} */
                                    reports: "app" | "email" | "digest";
                                    /** @enum {string} */
                                    workflow: "app" | "email" | "digest";
                                };
                                version: number;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password (the current one first); your other sessions end */
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
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your open sessions, this one marked */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description The session of this request */
                            current: boolean;
                            /** Format: date-time */
                            expiresAt: string;
                            id: string;
                            userAgent: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/me/sessions/others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out your other sessions; this one stays */
        delete: {
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
                            ended: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens that are not revoked */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            lastUsedAt: string | null;
                            name: string;
                            owner: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            scope: "read" | "write";
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Make an API token with your rights; the answer is the only time it is shown */
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
                        /** @description Days until it stops working; null: until revoked */
                        days: number | null;
                        /** @description What the token is for, e.g. 'Finance system' */
                        name: string;
                        /** @enum {string} */
                        scope: "read" | "write";
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
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            lastUsedAt: string | null;
                            name: string;
                            owner: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            scope: "read" | "write";
                            token: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/me/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens (administrators: anyone's) */
        delete: {
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
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether your two-factor sign-in is on, and how many recovery codes are left */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                            recoveryCodesLeft: number;
                            /** @description An administrator requires two-factor sign-in for this person's role */
                            required: boolean;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/me/two-factor/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Switch two-factor on with a current code; answers the recovery codes, this once */
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
                            /** @description Shown this once; each works once */
                            recoveryCodes: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/me/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor off, with your password and a current code */
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
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/me/two-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New recovery codes for a current code; the old ones stop working */
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
                            /** @description Shown this once; each works once */
                            recoveryCodes: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/me/two-factor/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start setting up: a new secret, as a QR code and as text; not on until confirmed */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description otpauth:// address that the QR code holds */
                            otpauthUrl: string;
                            /** @description The QR code as an SVG data: URL */
                            qrCode: string;
                            /** @description Base32, for typing into the app by hand */
                            secret: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The user's latest notifications, by kind and project if asked */
        get: {
            parameters: {
                query?: {
                    kind?: "workflow" | "comments" | "reports" | "reminders" | "extensions";
                    projectId?: string;
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
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                comment: string;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                project: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                };
                                /** Format: date-time */
                                readAt: string | null;
                                report: {
                                    /** @enum {string} */
                                    kind: "narrative" | "financial";
                                    sequence: number;
                                    /** @enum {string} */
                                    stage: "interim" | "final";
                                } | null;
                                /** Format: uuid */
                                reportId: string | null;
                                toStatus: string;
                                /** @enum {string} */
                                transition: "submit" | "withdraw" | "endorse" | "returnToDraft" | "notEndorse" | "approve" | "reject" | "start" | "close" | "reportSubmitted" | "reportReturned" | "reportAccepted" | "reportReminder" | "extensionRequested" | "extensionApproved" | "extensionRefused" | "projectCommented" | "revisionRequested" | "revisionApproved" | "revisionRefused";
                            }[];
                            projects: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the user's notifications read (all, or those listed) */
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
                        /** @description Omit to mark all as read */
                        ids?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/portfolio/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Projects per country and headline figures, in the projects you may read
         * @description A project in several countries counts once in each. Overdue reports: pending and due before today. The median review turnaround is in days from submission to the regional reviewer's decision.
         */
        get: {
            parameters: {
                query?: {
                    fundingYear?: number;
                    status?: "draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn";
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
                            countedAt: string;
                            countries: {
                                country: string;
                                projects: number;
                            }[];
                            headline: {
                                activeProjects: number;
                                approvedBudgetCents: string;
                                countriesReached: number;
                                overdueReports: number;
                                projects: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Projects the user may read, filtered, sorted and paginated */
        get: {
            parameters: {
                query?: {
                    areaOfWork?: string;
                    cofundedBy?: string[];
                    country?: string;
                    fundingYear?: number;
                    fundLine?: string;
                    mine?: "true" | "false";
                    order?: "asc" | "desc";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    region?: string;
                    sort?: "code" | "title" | "fundingYear" | "requestedBudget" | "status" | "plannedStart" | "updatedAt";
                    status?: "draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn";
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
                                can: {
                                    comment: boolean;
                                    transitions: ("submit" | "withdraw" | "endorse" | "returnToDraft" | "notEndorse" | "approve" | "reject" | "start" | "close")[];
                                    update: boolean;
                                    uploadDocument: boolean;
                                };
                                code: string;
                                countries: string[];
                                fundingYear: number;
                                fundLine: string;
                                /** Format: uuid */
                                id: string;
                                plannedEnd: string;
                                plannedStart: string;
                                pm: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                region: string | null;
                                requestedBudget: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn";
                                title: string;
                                /** @enum {string} */
                                type: "national" | "regional" | "global";
                                updatedAt: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a proposal (a draft); the signed-in PM is its PM unless pmId says otherwise */
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
                        /** @default [] */
                        activityShares?: {
                            code: string;
                            percent: number;
                        }[];
                        /** Format: uuid */
                        altPmId?: string | null;
                        /** @default [] */
                        areaShares?: {
                            code: string;
                            percent: number;
                        }[];
                        /** @default [] */
                        beneficiaries?: {
                            /** @enum {string} */
                            ageGroup: "children" | "youth" | "adults" | "older" | "all";
                            number: number;
                            /** @enum {string} */
                            sex: "female" | "male" | "all";
                            type: string;
                        }[];
                        /** @description The requested budget per year of the project, one amount per period of the planned dates (cut at each anniversary of the start), adding up to the requested budget; absent (or the project's own budgetYears objects sent back) keeps the plan (or the split by days) */
                        budgetYears?: string[];
                        countries: string[];
                        /** Format: uuid */
                        followUpOfId?: string | null;
                        fundingYear: number;
                        fundLine: string;
                        genderMarker?: string | null;
                        /** @default [] */
                        migof?: string[];
                        /** @default  */
                        objective?: string;
                        /** Format: date */
                        plannedEnd: string;
                        /** Format: date */
                        plannedStart: string;
                        /**
                         * Format: uuid
                         * @description Defaults to the user who creates the project
                         */
                        pmId?: string;
                        /** @description Derived from the countries when they share one region */
                        region?: string | null;
                        /** @description Amount in USD, a decimal with at most two decimals, e.g. "200000.00" */
                        requestedBudget: string | number;
                        /** @default [] */
                        strategyPoints?: number[];
                        /** @default  */
                        summary?: string;
                        title: string;
                        /** @enum {string} */
                        type: "national" | "regional" | "global";
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
                            activityShares: {
                                amount: string;
                                code: string;
                                percent: number;
                            }[];
                            actualEnd: string | null;
                            actualStart: string | null;
                            altPm: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            approvedBudget: string | null;
                            areaShares: {
                                amount: string;
                                code: string;
                                percent: number;
                            }[];
                            beneficiaries: {
                                /** @enum {string} */
                                ageGroup: "children" | "youth" | "adults" | "older" | "all";
                                number: number;
                                /** @enum {string} */
                                sex: "female" | "male" | "all";
                                type: string;
                            }[];
                            budgetYears: {
                                approved: string | null;
                                end: string;
                                requested: string;
                                start: string;
                            }[];
                            can: {
                                comment: boolean;
                                transitions: ("submit" | "withdraw" | "endorse" | "returnToDraft" | "notEndorse" | "approve" | "reject" | "start" | "close")[];
                                update: boolean;
                                uploadDocument: boolean;
                            };
                            code: string;
                            countries: string[];
                            createdAt: string;
                            followUpOf: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            fundingYear: number;
                            fundLine: string;
                            genderMarker: string | null;
                            /** Format: uuid */
                            id: string;
                            migof: string[];
                            objective: string;
                            plannedEnd: string;
                            plannedStart: string;
                            pm: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            region: string | null;
                            requestedBudget: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn";
                            strategyPoints: number[];
                            summary: string;
                            title: string;
                            /** @enum {string} */
                            type: "national" | "regional" | "global";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One project with all its parts and what the user may do with it */
        get: {
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
                            activityShares: {
                                amount: string;
                                code: string;
                                percent: number;
                            }[];
                            actualEnd: string | null;
                            actualStart: string | null;
                            altPm: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            approvedBudget: string | null;
                            areaShares: {
                                amount: string;
                                code: string;
                                percent: number;
                            }[];
                            beneficiaries: {
                                /** @enum {string} */
                                ageGroup: "children" | "youth" | "adults" | "older" | "all";
                                number: number;
                                /** @enum {string} */
                                sex: "female" | "male" | "all";
                                type: string;
                            }[];
                            budgetYears: {
                                approved: string | null;
                                end: string;
                                requested: string;
                                start: string;
                            }[];
                            can: {
                                comment: boolean;
                                transitions: ("submit" | "withdraw" | "endorse" | "returnToDraft" | "notEndorse" | "approve" | "reject" | "start" | "close")[];
                                update: boolean;
                                uploadDocument: boolean;
                            };
                            code: string;
                            countries: string[];
                            createdAt: string;
                            followUpOf: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            fundingYear: number;
                            fundLine: string;
                            genderMarker: string | null;
                            /** Format: uuid */
                            id: string;
                            migof: string[];
                            objective: string;
                            plannedEnd: string;
                            plannedStart: string;
                            pm: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            region: string | null;
                            requestedBudget: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn";
                            strategyPoints: number[];
                            summary: string;
                            title: string;
                            /** @enum {string} */
                            type: "national" | "regional" | "global";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        /** Edit a draft; send the version you loaded (409 if someone saved since) */
        put: {
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
                        /** @default [] */
                        activityShares?: {
                            code: string;
                            percent: number;
                        }[];
                        /** Format: uuid */
                        altPmId?: string | null;
                        /** @default [] */
                        areaShares?: {
                            code: string;
                            percent: number;
                        }[];
                        /** @default [] */
                        beneficiaries?: {
                            /** @enum {string} */
                            ageGroup: "children" | "youth" | "adults" | "older" | "all";
                            number: number;
                            /** @enum {string} */
                            sex: "female" | "male" | "all";
                            type: string;
                        }[];
                        /** @description The requested budget per year of the project, one amount per period of the planned dates (cut at each anniversary of the start), adding up to the requested budget; absent (or the project's own budgetYears objects sent back) keeps the plan (or the split by days) */
                        budgetYears?: string[];
                        countries: string[];
                        /** Format: uuid */
                        followUpOfId?: string | null;
                        fundingYear: number;
                        fundLine: string;
                        genderMarker?: string | null;
                        /** @default [] */
                        migof?: string[];
                        /** @default  */
                        objective?: string;
                        /** Format: date */
                        plannedEnd: string;
                        /** Format: date */
                        plannedStart: string;
                        /**
                         * Format: uuid
                         * @description Defaults to the user who creates the project
                         */
                        pmId?: string;
                        /** @description Derived from the countries when they share one region */
                        region?: string | null;
                        /** @description Amount in USD, a decimal with at most two decimals, e.g. "200000.00" */
                        requestedBudget: string | number;
                        /** @default [] */
                        strategyPoints?: number[];
                        /** @default  */
                        summary?: string;
                        title: string;
                        /** @enum {string} */
                        type: "national" | "regional" | "global";
                        /** @description The version the edit started from */
                        version: number;
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
                            activityShares: {
                                amount: string;
                                code: string;
                                percent: number;
                            }[];
                            actualEnd: string | null;
                            actualStart: string | null;
                            altPm: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            approvedBudget: string | null;
                            areaShares: {
                                amount: string;
                                code: string;
                                percent: number;
                            }[];
                            beneficiaries: {
                                /** @enum {string} */
                                ageGroup: "children" | "youth" | "adults" | "older" | "all";
                                number: number;
                                /** @enum {string} */
                                sex: "female" | "male" | "all";
                                type: string;
                            }[];
                            budgetYears: {
                                approved: string | null;
                                end: string;
                                requested: string;
                                start: string;
                            }[];
                            can: {
                                comment: boolean;
                                transitions: ("submit" | "withdraw" | "endorse" | "returnToDraft" | "notEndorse" | "approve" | "reject" | "start" | "close")[];
                                update: boolean;
                                uploadDocument: boolean;
                            };
                            code: string;
                            countries: string[];
                            createdAt: string;
                            followUpOf: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            fundingYear: number;
                            fundLine: string;
                            genderMarker: string | null;
                            /** Format: uuid */
                            id: string;
                            migof: string[];
                            objective: string;
                            plannedEnd: string;
                            plannedStart: string;
                            pm: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            region: string | null;
                            requestedBudget: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn";
                            strategyPoints: number[];
                            summary: string;
                            title: string;
                            /** @enum {string} */
                            type: "national" | "regional" | "global";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current: {
                                activityShares: {
                                    amount: string;
                                    code: string;
                                    percent: number;
                                }[];
                                actualEnd: string | null;
                                actualStart: string | null;
                                altPm: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                approvedBudget: string | null;
                                areaShares: {
                                    amount: string;
                                    code: string;
                                    percent: number;
                                }[];
                                beneficiaries: {
                                    /** @enum {string} */
                                    ageGroup: "children" | "youth" | "adults" | "older" | "all";
                                    number: number;
                                    /** @enum {string} */
                                    sex: "female" | "male" | "all";
                                    type: string;
                                }[];
                                budgetYears: {
                                    approved: string | null;
                                    end: string;
                                    requested: string;
                                    start: string;
                                }[];
                                can: {
                                    comment: boolean;
                                    transitions: ("submit" | "withdraw" | "endorse" | "returnToDraft" | "notEndorse" | "approve" | "reject" | "start" | "close")[];
                                    update: boolean;
                                    uploadDocument: boolean;
                                };
                                code: string;
                                countries: string[];
                                createdAt: string;
                                followUpOf: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                } | null;
                                fundingYear: number;
                                fundLine: string;
                                genderMarker: string | null;
                                /** Format: uuid */
                                id: string;
                                migof: string[];
                                objective: string;
                                plannedEnd: string;
                                plannedStart: string;
                                pm: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                region: string | null;
                                requestedBudget: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn";
                                strategyPoints: number[];
                                summary: string;
                                title: string;
                                /** @enum {string} */
                                type: "national" | "regional" | "global";
                                updatedAt: string;
                                version: number;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/{id}/bookmark": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Bookmark a project (idempotent)
         * @description A project the user may not read answers 404, as the project itself does.
         */
        put: {
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
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a project from my bookmarks (idempotent) */
        delete: {
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
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed between the previous submission and the latest one */
        get: {
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
                            changes: {
                                after: unknown;
                                before: unknown;
                                field: string;
                            }[];
                            /** Format: date-time */
                            currentSubmittedAt: string | null;
                            /** Format: date-time */
                            previousSubmittedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Review comments, oldest first (threads by parentId) */
        get: {
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
                            items: {
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    role: string;
                                };
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                parentId: number | null;
                                /** @enum {string} */
                                section: "general" | "identification" | "objective" | "planning" | "budget" | "beneficiaries" | "alignment" | "documents";
                                /** @enum {string} */
                                status: "draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Comment on a proposal, on a section, or answer a comment */
        post: {
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
                        body: string;
                        /** @description The comment this one answers */
                        parentId?: number | null;
                        /**
                         * @default general
                         * @enum {string}
                         */
                        section?: "general" | "identification" | "objective" | "planning" | "budget" | "beneficiaries" | "alignment" | "documents";
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
                            author: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                role: string;
                            };
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            parentId: number | null;
                            /** @enum {string} */
                            section: "general" | "identification" | "objective" | "planning" | "budget" | "beneficiaries" | "alignment" | "documents";
                            /** @enum {string} */
                            status: "draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's documents with all their versions, and the upload size limit */
        get: {
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
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "proposal" | "endorsement" | "budget" | "report" | "other";
                                /** Format: uuid */
                                reportId: string | null;
                                title: string;
                                versions: {
                                    downloadUrl: string;
                                    filename: string;
                                    mediaType: string;
                                    sha256: string;
                                    sizeBytes: number;
                                    /** Format: date-time */
                                    uploadedAt: string;
                                    uploadedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    version: number;
                                }[];
                            }[];
                            maxBytes: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** File a new document: multipart form with fields kind, title and optionally reportId (attaches it to one of the project's reports), then the file in field file */
        post: {
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "proposal" | "endorsement" | "budget" | "report" | "other";
                            /** Format: uuid */
                            reportId: string | null;
                            title: string;
                            versions: {
                                downloadUrl: string;
                                filename: string;
                                mediaType: string;
                                sha256: string;
                                sizeBytes: number;
                                /** Format: date-time */
                                uploadedAt: string;
                                uploadedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/{id}/documents/{documentId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File a new version of a document: multipart form with the file in field file */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    documentId: string;
                    id: string;
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
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "proposal" | "endorsement" | "budget" | "report" | "other";
                            /** Format: uuid */
                            reportId: string | null;
                            title: string;
                            versions: {
                                downloadUrl: string;
                                filename: string;
                                mediaType: string;
                                sha256: string;
                                sizeBytes: number;
                                /** Format: date-time */
                                uploadedAt: string;
                                uploadedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/{id}/documents/{documentId}/versions/{version}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one version of a document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    documentId: string;
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/{id}/durations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Days the project spent in each status */
        get: {
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
                            items: {
                                current: boolean;
                                days: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn";
                                visits: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/{id}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's extension requests, newest first, and what this user may do with them */
        get: {
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
                            approvedCount: number;
                            can: {
                                decide: boolean;
                                request: boolean;
                            };
                            items: {
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                decisionComment: string;
                                /** Format: uuid */
                                id: string;
                                justification: string;
                                /** @description Calendar months the end date moves, to one decimal */
                                monthsAdded: number;
                                /** Format: date */
                                previousEnd: string;
                                /** Format: date-time */
                                requestedAt: string;
                                requestedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date */
                                requestedEnd: string;
                                /** @enum {string} */
                                status: "requested" | "approved" | "refused";
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Ask the fund for a later end date (the project's PM or alternate, once approved)
         * @description The new end must be later than the current planned end (400 notLater) and keep the project within 10 years (400 durationTooLong). One request may be open at a time (409 openRequestExists). The fund managers are notified.
         */
        post: {
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
                        justification: string;
                        /**
                         * Format: date
                         * @description The new planned end date, later than the current one
                         */
                        requestedEnd: string;
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
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            decisionComment: string;
                            /** Format: uuid */
                            id: string;
                            justification: string;
                            /** @description Calendar months the end date moves, to one decimal */
                            monthsAdded: number;
                            /** Format: date */
                            previousEnd: string;
                            /** Format: date-time */
                            requestedAt: string;
                            requestedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date */
                            requestedEnd: string;
                            /** @enum {string} */
                            status: "requested" | "approved" | "refused";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/{id}/funding-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's other funding sources, each in its currency and in USD at the rate of its month (or the latest earlier one), with the totals beside the fund's own amounts */
        get: {
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
                            can: {
                                edit: boolean;
                            };
                            items: {
                                amount: string;
                                converted: {
                                    rate: string;
                                    rateMonth: string;
                                    usd: string;
                                } | null;
                                currency: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                organisationName: string;
                                organisationRef: string | null;
                                organisationType: string;
                                /** @enum {string} */
                                status: "pledged" | "confirmed" | "received";
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                            totals: {
                                fundApprovedUsd: string | null;
                                fundRequestedUsd: string;
                                otherSourcesUsd: string;
                                withoutRate: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a funding source (the project's PM or alternate, or the fund manager, until it is closed) */
        post: {
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
                        /** @description The amount in the source's currency, with at most that currency's decimals, e.g. "250000.00", JPY "1500000" */
                        amount: string;
                        currency: string;
                        /** Format: date */
                        date: string;
                        organisationName: string;
                        /**
                         * @description The IATI organisation identifier when known, e.g. "XM-DAC-41301"; null when not
                         * @default null
                         */
                        organisationRef?: string | null;
                        /** @enum {string} */
                        organisationType: "10" | "11" | "15" | "21" | "22" | "23" | "24" | "30" | "40" | "60" | "70" | "71" | "72" | "73" | "80" | "90";
                        /** @enum {string} */
                        status: "pledged" | "confirmed" | "received";
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
                            amount: string;
                            converted: {
                                rate: string;
                                rateMonth: string;
                                usd: string;
                            } | null;
                            currency: string;
                            date: string;
                            /** Format: uuid */
                            id: string;
                            organisationName: string;
                            organisationRef: string | null;
                            organisationType: string;
                            /** @enum {string} */
                            status: "pledged" | "confirmed" | "received";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/{id}/funding-sources/{sourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a funding source (send the version you loaded) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sourceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The amount in the source's currency, with at most that currency's decimals, e.g. "250000.00", JPY "1500000" */
                        amount: string;
                        currency: string;
                        /** Format: date */
                        date: string;
                        organisationName: string;
                        /**
                         * @description The IATI organisation identifier when known, e.g. "XM-DAC-41301"; null when not
                         * @default null
                         */
                        organisationRef?: string | null;
                        /** @enum {string} */
                        organisationType: "10" | "11" | "15" | "21" | "22" | "23" | "24" | "30" | "40" | "60" | "70" | "71" | "72" | "73" | "80" | "90";
                        /** @enum {string} */
                        status: "pledged" | "confirmed" | "received";
                        /** @description The version you loaded */
                        version: number;
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
                            amount: string;
                            converted: {
                                rate: string;
                                rateMonth: string;
                                usd: string;
                            } | null;
                            currency: string;
                            date: string;
                            /** Format: uuid */
                            id: string;
                            organisationName: string;
                            organisationRef: string | null;
                            organisationType: string;
                            /** @enum {string} */
                            status: "pledged" | "confirmed" | "received";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                amount: string;
                                converted: {
                                    rate: string;
                                    rateMonth: string;
                                    usd: string;
                                } | null;
                                currency: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                organisationName: string;
                                organisationRef: string | null;
                                organisationType: string;
                                /** @enum {string} */
                                status: "pledged" | "confirmed" | "received";
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a funding source (send the version you loaded) */
        delete: {
            parameters: {
                query: {
                    version: number;
                };
                header?: never;
                path: {
                    id: string;
                    sourceId: string;
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
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                amount: string;
                                converted: {
                                    rate: string;
                                    rateMonth: string;
                                    usd: string;
                                } | null;
                                currency: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                organisationName: string;
                                organisationRef: string | null;
                                organisationType: string;
                                /** @enum {string} */
                                status: "pledged" | "confirmed" | "received";
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's audit trail, newest first (read-only: no route changes or deletes it) */
        get: {
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
                            items: {
                                /** @description create, import, update, transition, comment, documentUploaded, documentVersioned, extensionRequested, extensionApproved, extensionRefused, revisionRequested, revisionApproved, revisionRefused, resultsMatrix, workplan, reportSubmitted, reportReturned, reportAccepted */
                                action: string;
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                at: string;
                                changes: {
                                    after: unknown;
                                    before: unknown;
                                    field: string;
                                }[];
                                comment: string | null;
                                details: {
                                    [key: string]: unknown;
                                } | null;
                                /** @enum {string|null} */
                                fromStatus: "draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn" | null;
                                id: number;
                                /** @enum {string|null} */
                                toStatus: "draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn" | null;
                                /** @enum {string|null} */
                                transition: "submit" | "withdraw" | "endorse" | "returnToDraft" | "notEndorse" | "approve" | "reject" | "start" | "close" | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Targets vs actuals: each indicator's baseline, target and latest actual with % achieved, and beneficiaries targeted vs reached (figures of the latest accepted narrative report) */
        get: {
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
                            asOf: {
                                periodEnd: string;
                                /** Format: uuid */
                                reportId: string;
                            } | null;
                            beneficiaries: {
                                percentReached: number | null;
                                reached: number;
                                reachedByAge: {
                                    adults: number;
                                    all: number;
                                    children: number;
                                    older: number;
                                    youth: number;
                                };
                                reachedBySex: {
                                    all: number;
                                    female: number;
                                    male: number;
                                };
                                targeted: number;
                                type: string;
                            }[];
                            indicators: {
                                actual: number | null;
                                baseline: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                level: "objective" | "outcome" | "output";
                                name: string;
                                percentAchieved: number | null;
                                result: string | null;
                                target: number;
                                unit: string;
                            }[];
                            totals: {
                                reached: number;
                                targeted: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/{id}/proposal.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project's proposal as a Word document, for whoever may read the project
         * @description Cover (code, title, countries, fund line, duration, budget), summary, objective, results matrix, workplan, budget by area of work and by activity type, target beneficiaries, strategic alignment and a signatures block, in `lang`, else your preferred language, else Accept-Language, else English.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The document's language; without it, your preferred language, else Accept-Language, else English */
                    lang?: "en" | "fr" | "es";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The .docx file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's reports in due order, with what this user may do with them */
        get: {
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
                            can: {
                                decide: boolean;
                                write: boolean;
                            };
                            items: {
                                /** Format: date-time */
                                decidedAt: string | null;
                                /** Format: date */
                                dueDate: string;
                                /** Format: date-time */
                                firstSubmittedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "narrative" | "financial";
                                /** Format: date */
                                periodEnd: string;
                                /** Format: date */
                                periodStart: string;
                                /** Format: uuid */
                                projectId: string;
                                sequence: number;
                                /** @enum {string} */
                                stage: "interim" | "final";
                                /** @enum {string} */
                                state: "upcoming" | "due" | "overdue" | "submitted" | "accepted" | "returned";
                                /** @enum {string} */
                                status: "pending" | "submitted" | "accepted" | "returned";
                                /** Format: date-time */
                                submittedAt: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's results matrix: objective, outcomes and outputs with their indicators */
        get: {
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
                            can: {
                                edit: boolean;
                            };
                            objectiveAssumptions: string;
                            objectiveIndicators: {
                                baseline: number;
                                /** Format: uuid */
                                id: string;
                                meansOfVerification: string;
                                name: string;
                                target: number;
                                unit: string;
                            }[];
                            outcomes: {
                                assumptions: string;
                                /** Format: uuid */
                                id: string;
                                indicators: {
                                    baseline: number;
                                    /** Format: uuid */
                                    id: string;
                                    meansOfVerification: string;
                                    name: string;
                                    target: number;
                                    unit: string;
                                }[];
                                outputs: {
                                    assumptions: string;
                                    /** Format: uuid */
                                    id: string;
                                    indicators: {
                                        baseline: number;
                                        /** Format: uuid */
                                        id: string;
                                        meansOfVerification: string;
                                        name: string;
                                        target: number;
                                        unit: string;
                                    }[];
                                    statement: string;
                                }[];
                                statement: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        /** Save the whole results matrix (array order is the order; items without id are new, items left out are deleted; send the version you loaded) */
        put: {
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
                        /** @default  */
                        objectiveAssumptions?: string;
                        /** @default [] */
                        objectiveIndicators?: {
                            baseline: number;
                            /** Format: uuid */
                            id?: string;
                            /** @default  */
                            meansOfVerification?: string;
                            name: string;
                            target: number;
                            unit: string;
                        }[];
                        /** @default [] */
                        outcomes?: {
                            /** @default  */
                            assumptions?: string;
                            /** Format: uuid */
                            id?: string;
                            /** @default [] */
                            indicators?: {
                                baseline: number;
                                /** Format: uuid */
                                id?: string;
                                /** @default  */
                                meansOfVerification?: string;
                                name: string;
                                target: number;
                                unit: string;
                            }[];
                            /** @default [] */
                            outputs?: {
                                /** @default  */
                                assumptions?: string;
                                /** Format: uuid */
                                id?: string;
                                /** @default [] */
                                indicators?: {
                                    baseline: number;
                                    /** Format: uuid */
                                    id?: string;
                                    /** @default  */
                                    meansOfVerification?: string;
                                    name: string;
                                    target: number;
                                    unit: string;
                                }[];
                                statement: string;
                            }[];
                            statement: string;
                        }[];
                        /** @description The version the edit started from */
                        version: number;
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
                            can: {
                                edit: boolean;
                            };
                            objectiveAssumptions: string;
                            objectiveIndicators: {
                                baseline: number;
                                /** Format: uuid */
                                id: string;
                                meansOfVerification: string;
                                name: string;
                                target: number;
                                unit: string;
                            }[];
                            outcomes: {
                                assumptions: string;
                                /** Format: uuid */
                                id: string;
                                indicators: {
                                    baseline: number;
                                    /** Format: uuid */
                                    id: string;
                                    meansOfVerification: string;
                                    name: string;
                                    target: number;
                                    unit: string;
                                }[];
                                outputs: {
                                    assumptions: string;
                                    /** Format: uuid */
                                    id: string;
                                    indicators: {
                                        baseline: number;
                                        /** Format: uuid */
                                        id: string;
                                        meansOfVerification: string;
                                        name: string;
                                        target: number;
                                        unit: string;
                                    }[];
                                    statement: string;
                                }[];
                                statement: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                can: {
                                    edit: boolean;
                                };
                                objectiveAssumptions: string;
                                objectiveIndicators: {
                                    baseline: number;
                                    /** Format: uuid */
                                    id: string;
                                    meansOfVerification: string;
                                    name: string;
                                    target: number;
                                    unit: string;
                                }[];
                                outcomes: {
                                    assumptions: string;
                                    /** Format: uuid */
                                    id: string;
                                    indicators: {
                                        baseline: number;
                                        /** Format: uuid */
                                        id: string;
                                        meansOfVerification: string;
                                        name: string;
                                        target: number;
                                        unit: string;
                                    }[];
                                    outputs: {
                                        assumptions: string;
                                        /** Format: uuid */
                                        id: string;
                                        indicators: {
                                            baseline: number;
                                            /** Format: uuid */
                                            id: string;
                                            meansOfVerification: string;
                                            name: string;
                                            target: number;
                                            unit: string;
                                        }[];
                                        statement: string;
                                    }[];
                                    statement: string;
                                }[];
                                /** Format: date-time */
                                updatedAt: string | null;
                                version: number;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's budget revisions, newest first, and what this user may do with them */
        get: {
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
                            can: {
                                decide: boolean;
                                request: boolean;
                            };
                            items: {
                                after: {
                                    activityShares: {
                                        amount: string;
                                        code: string;
                                        percent: number;
                                    }[];
                                    areaShares: {
                                        amount: string;
                                        code: string;
                                        percent: number;
                                    }[];
                                    total: string;
                                    years: {
                                        amount: string;
                                        /** Format: date */
                                        end: string;
                                        /** Format: date */
                                        start: string;
                                    }[];
                                };
                                before: {
                                    activityShares: {
                                        amount: string;
                                        code: string;
                                        percent: number;
                                    }[];
                                    areaShares: {
                                        amount: string;
                                        code: string;
                                        percent: number;
                                    }[];
                                    total: string;
                                    years: {
                                        amount: string;
                                        /** Format: date */
                                        end: string;
                                        /** Format: date */
                                        start: string;
                                    }[];
                                };
                                change: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                decisionComment: string;
                                /** Format: uuid */
                                id: string;
                                justification: string;
                                newTotal: string;
                                previousTotal: string;
                                /** Format: date-time */
                                requestedAt: string;
                                requestedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "requested" | "approved" | "refused";
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Ask the fund for a budget revision (the project's PM or alternate, once approved)
         * @description A new total, shares per area of work and per activity type (each adding up to 100 %), optionally one amount per year of the project adding up to the new total (400 revisionYearCount, revisionYearsSum; omitted: split by days), and a justification. The fund's rules apply as at approval (422: the line's ceiling, and for an increase the envelope's available amount). One request may be open at a time (409 openRequestExists). The fund managers are notified.
         */
        post: {
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
                        activityShares: {
                            code: string;
                            percent: number;
                        }[];
                        areaShares: {
                            code: string;
                            percent: number;
                        }[];
                        justification: string;
                        /** @description The revised approved budget in USD */
                        newTotal: string | number;
                        /** @description One amount per year of the project, adding up to the new total; omitted: split by days */
                        years?: (string | number)[];
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
                            after: {
                                activityShares: {
                                    amount: string;
                                    code: string;
                                    percent: number;
                                }[];
                                areaShares: {
                                    amount: string;
                                    code: string;
                                    percent: number;
                                }[];
                                total: string;
                                years: {
                                    amount: string;
                                    /** Format: date */
                                    end: string;
                                    /** Format: date */
                                    start: string;
                                }[];
                            };
                            before: {
                                activityShares: {
                                    amount: string;
                                    code: string;
                                    percent: number;
                                }[];
                                areaShares: {
                                    amount: string;
                                    code: string;
                                    percent: number;
                                }[];
                                total: string;
                                years: {
                                    amount: string;
                                    /** Format: date */
                                    end: string;
                                    /** Format: date */
                                    start: string;
                                }[];
                            };
                            change: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            decisionComment: string;
                            /** Format: uuid */
                            id: string;
                            justification: string;
                            newTotal: string;
                            previousTotal: string;
                            /** Format: date-time */
                            requestedAt: string;
                            requestedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "requested" | "approved" | "refused";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/{id}/spending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project's budget against its spending to date, per area of work and activity type, with flags and burn rate
         * @description Spent to date is the latest accepted financial report. An area of work is flagged when its share of the spending is more than the fund's threshold above its share of the budget.
         */
        get: {
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
                            activities: {
                                budget: string;
                                code: string;
                                flagged: boolean;
                                share: number;
                                /** @description A percentage with at most one decimal */
                                spendingShare: number | null;
                                spent: string;
                                /** @description A percentage with at most one decimal */
                                spentPercent: number | null;
                                variance: number | null;
                            }[];
                            approved: string | null;
                            areas: {
                                budget: string;
                                code: string;
                                flagged: boolean;
                                share: number;
                                /** @description A percentage with at most one decimal */
                                spendingShare: number | null;
                                spent: string;
                                /** @description A percentage with at most one decimal */
                                spentPercent: number | null;
                                variance: number | null;
                            }[];
                            burnRate: {
                                elapsedDays: number;
                                /** @description A percentage with at most one decimal */
                                elapsedPercent: number;
                                /** Format: date */
                                end: string;
                                plannedDays: number;
                                /** @description A percentage with at most one decimal */
                                spentPercent: number;
                                /** Format: date */
                                start: string;
                            } | null;
                            /** Format: uuid */
                            projectId: string;
                            report: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date */
                                periodEnd: string;
                            } | null;
                            spent: string | null;
                            /** @description A percentage with at most one decimal */
                            spentPercent: number | null;
                            /** @enum {string} */
                            state: "notApplicable" | "noReport" | "onTrack" | "flagged" | "overspent";
                            thresholdPercent: number;
                            unspent: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/{id}/spending/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's budget against spending as Excel (summary, by area of work, by activity type) */
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "fr" | "es";
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
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything the project's timeline draws, with today's date and each report's state today */
        get: {
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
                            /** Format: date */
                            actualEnd: string | null;
                            /** Format: date */
                            actualStart: string | null;
                            extensions: {
                                /** Format: date-time */
                                decidedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date */
                                previousEnd: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** Format: date */
                                requestedEnd: string;
                                /** @enum {string} */
                                status: "requested" | "approved" | "refused";
                            }[];
                            milestones: {
                                /** Format: date */
                                actualDate: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date */
                                plannedDate: string;
                                title: string;
                            }[];
                            /** Format: date */
                            originalEnd: string;
                            phases: {
                                /** Format: date */
                                from: string;
                                /** @enum {string} */
                                phase: "proposal" | "review" | "approved" | "implementation" | "closed";
                                /** Format: date */
                                to: string | null;
                            }[];
                            /** Format: date */
                            plannedEnd: string;
                            /** Format: date */
                            plannedStart: string;
                            reports: {
                                /** Format: date */
                                dueDate: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "narrative" | "financial";
                                /** Format: date */
                                periodEnd: string;
                                sequence: number;
                                /** @enum {string} */
                                stage: "interim" | "final";
                                /** @enum {string} */
                                state: "upcoming" | "due" | "overdue" | "submitted" | "accepted" | "returned";
                                /** Format: date-time */
                                submittedAt: string | null;
                            }[];
                            revisions: {
                                change: string;
                                /** Format: date */
                                decidedOn: string;
                                /** Format: uuid */
                                id: string;
                                newBudget: string;
                            }[];
                            /** Format: date */
                            today: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the project one step through its life cycle (submit, endorse, approve, …)
         * @description Who may fire which transition, and what it needs, follows the life-cycle table. Submission and approval check the fund's rules and answer 422 listing every failing rule.
         */
        post: {
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
                        /** @description Approval only: amount in USD, e.g. "180000.00" */
                        approvedBudget?: string | number;
                        /** @default  */
                        comment?: string;
                        /** @description Approval only: L1 or L2 */
                        fundLine?: string;
                        /** @enum {string} */
                        transition: "submit" | "withdraw" | "endorse" | "returnToDraft" | "notEndorse" | "approve" | "reject" | "start" | "close";
                        version: number;
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
                            activityShares: {
                                amount: string;
                                code: string;
                                percent: number;
                            }[];
                            actualEnd: string | null;
                            actualStart: string | null;
                            altPm: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            approvedBudget: string | null;
                            areaShares: {
                                amount: string;
                                code: string;
                                percent: number;
                            }[];
                            beneficiaries: {
                                /** @enum {string} */
                                ageGroup: "children" | "youth" | "adults" | "older" | "all";
                                number: number;
                                /** @enum {string} */
                                sex: "female" | "male" | "all";
                                type: string;
                            }[];
                            budgetYears: {
                                approved: string | null;
                                end: string;
                                requested: string;
                                start: string;
                            }[];
                            can: {
                                comment: boolean;
                                transitions: ("submit" | "withdraw" | "endorse" | "returnToDraft" | "notEndorse" | "approve" | "reject" | "start" | "close")[];
                                update: boolean;
                                uploadDocument: boolean;
                            };
                            code: string;
                            countries: string[];
                            createdAt: string;
                            followUpOf: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            fundingYear: number;
                            fundLine: string;
                            genderMarker: string | null;
                            /** Format: uuid */
                            id: string;
                            migof: string[];
                            objective: string;
                            plannedEnd: string;
                            plannedStart: string;
                            pm: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            region: string | null;
                            requestedBudget: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn";
                            strategyPoints: number[];
                            summary: string;
                            title: string;
                            /** @enum {string} */
                            type: "national" | "regional" | "global";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                activityShares: {
                                    amount: string;
                                    code: string;
                                    percent: number;
                                }[];
                                actualEnd: string | null;
                                actualStart: string | null;
                                altPm: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                approvedBudget: string | null;
                                areaShares: {
                                    amount: string;
                                    code: string;
                                    percent: number;
                                }[];
                                beneficiaries: {
                                    /** @enum {string} */
                                    ageGroup: "children" | "youth" | "adults" | "older" | "all";
                                    number: number;
                                    /** @enum {string} */
                                    sex: "female" | "male" | "all";
                                    type: string;
                                }[];
                                budgetYears: {
                                    approved: string | null;
                                    end: string;
                                    requested: string;
                                    start: string;
                                }[];
                                can: {
                                    comment: boolean;
                                    transitions: ("submit" | "withdraw" | "endorse" | "returnToDraft" | "notEndorse" | "approve" | "reject" | "start" | "close")[];
                                    update: boolean;
                                    uploadDocument: boolean;
                                };
                                code: string;
                                countries: string[];
                                createdAt: string;
                                followUpOf: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                } | null;
                                fundingYear: number;
                                fundLine: string;
                                genderMarker: string | null;
                                /** Format: uuid */
                                id: string;
                                migof: string[];
                                objective: string;
                                plannedEnd: string;
                                plannedStart: string;
                                pm: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                region: string | null;
                                requestedBudget: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn";
                                strategyPoints: number[];
                                summary: string;
                                title: string;
                                /** @enum {string} */
                                type: "national" | "regional" | "global";
                                updatedAt: string;
                                version: number;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/{id}/workplan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's workplan: milestones with planned and actual dates */
        get: {
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
                            can: {
                                edit: boolean;
                            };
                            milestones: {
                                actualDate: string | null;
                                /** Format: uuid */
                                id: string;
                                plannedDate: string;
                                title: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        /** Save the whole list of milestones (array order is the order; items without id are new, items left out are deleted; send the version you loaded) */
        put: {
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
                        milestones: {
                            /** @default null */
                            actualDate?: string | null;
                            /** Format: uuid */
                            id?: string;
                            plannedDate: string;
                            title: string;
                        }[];
                        /** @description The version the edit started from */
                        version: number;
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
                            can: {
                                edit: boolean;
                            };
                            milestones: {
                                actualDate: string | null;
                                /** Format: uuid */
                                id: string;
                                plannedDate: string;
                                title: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                can: {
                                    edit: boolean;
                                };
                                milestones: {
                                    actualDate: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    plannedDate: string;
                                    title: string;
                                }[];
                                /** Format: date-time */
                                updatedAt: string | null;
                                version: number;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The filtered project list as Excel, CSV or IATI 2.03 XML, within what you may read
         * @description Takes the project list's filters. `xlsx`: sheets Projects, Areas of work, Activity types, Beneficiaries and Reports; `csv`: the Projects sheet; `iati`: one `iati-activity` per project. Rows are ordered by project code; headings follow `lang`, else Accept-Language, else English.
         */
        get: {
            parameters: {
                query: {
                    areaOfWork?: string;
                    cofundedBy?: string[];
                    country?: string;
                    format: "xlsx" | "csv" | "iati";
                    fundingYear?: number;
                    fundLine?: string;
                    lang?: "en" | "fr" | "es";
                    mine?: "true" | "false";
                    q?: string;
                    region?: string;
                    status?: "draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file: .xlsx, .csv or IATI .xml */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check (dryRun) or import a portfolio workbook, all or nothing
         * @description Multipart form: field `dryRun` (true or false), then the .xlsx in field `file`, with the sheets Projects, Areas of work, Activity types and Beneficiaries of the Excel export (headings in en, fr or es). A dry run answers 200 with every problem (sheet, row, column, value, code) or the number of projects ready; an import answers 201 when every project was written, else 400 with one field error per problem (params: sheet, row, column, value) and nothing written.
         */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            /** @description True when the projects were written (never on a dry run) */
                            imported: boolean;
                            problems: {
                                code: string;
                                /** @description The column's heading as in the file */
                                column: string | null;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                                /** @description The row as Excel numbers it; null for the whole sheet */
                                row: number | null;
                                sheet: string;
                                value: string | null;
                            }[];
                            /** @description Projects ready to import (dry run) or imported */
                            projects: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            /** @description True when the projects were written (never on a dry run) */
                            imported: boolean;
                            problems: {
                                code: string;
                                /** @description The column's heading as in the file */
                                column: string | null;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                                /** @description The row as Excel numbers it; null for the whole sheet */
                                row: number | null;
                                sheet: string;
                                value: string | null;
                            }[];
                            /** @description Projects ready to import (dry run) or imported */
                            projects: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/projects/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The import template: the export's sheets with their headings, and the reference lists */
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "fr" | "es";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The .xlsx file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/reference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Regions, countries, areas of work, activity types and the other reference lists */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activityTypes: {
                                code: string;
                                name: {
                                    en: string;
                                    es: string;
                                    fr: string;
                                };
                            }[];
                            areasOfWork: {
                                code: string;
                                name: {
                                    en: string;
                                    es: string;
                                    fr: string;
                                };
                            }[];
                            beneficiaryTypes: {
                                code: string;
                                name: {
                                    en: string;
                                    es: string;
                                    fr: string;
                                };
                            }[];
                            countries: {
                                iso2: string;
                                iso3: string;
                                name: {
                                    en: string;
                                    es: string;
                                    fr: string;
                                };
                                region: string | null;
                            }[];
                            fundingYears: {
                                open: boolean;
                                year: number;
                            }[];
                            fundLines: {
                                code: string;
                                name: {
                                    en: string;
                                    es: string;
                                    fr: string;
                                };
                            }[];
                            genderMarkers: {
                                code: string;
                                description: {
                                    en: string;
                                    es: string;
                                    fr: string;
                                };
                                name: {
                                    en: string;
                                    es: string;
                                    fr: string;
                                };
                            }[];
                            migof: {
                                code: string;
                                /** @enum {string} */
                                kind: "principle" | "objective";
                                name: {
                                    en: string;
                                    es: string;
                                    fr: string;
                                };
                            }[];
                            regions: {
                                code: string;
                                countries: string[];
                                name: {
                                    en: string;
                                    es: string;
                                    fr: string;
                                };
                                office: string;
                            }[];
                            strategyPoints: {
                                name: {
                                    en: string;
                                    es: string;
                                    fr: string;
                                };
                                number: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/reporting-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reporting rules of each fund line: periods, due dates and reminders */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                edit: boolean;
                            };
                            items: {
                                finalDueDays: number;
                                fundLine: string;
                                interimDueDays: number;
                                interimPeriodMonths: number;
                                overdueRepeatDays: number;
                                reminderLeadDays: number[];
                                /** Format: date-time */
                                updatedAt: string | null;
                                updatedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/reporting-rules/{fundLine}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a fund line's reporting rules (fund manager; send the version you loaded)
         * @description New rules apply when a project's schedule is next computed: at approval, at the start of implementation and when an extension is approved.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fundLine: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        finalDueDays: number;
                        interimDueDays: number;
                        interimPeriodMonths: number;
                        overdueRepeatDays: number;
                        reminderLeadDays: number[];
                        /** @description The version the edit started from */
                        version: number;
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
                            finalDueDays: number;
                            fundLine: string;
                            interimDueDays: number;
                            interimPeriodMonths: number;
                            overdueRepeatDays: number;
                            reminderLeadDays: number[];
                            /** Format: date-time */
                            updatedAt: string | null;
                            updatedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                finalDueDays: number;
                                fundLine: string;
                                interimDueDays: number;
                                interimPeriodMonths: number;
                                overdueRepeatDays: number;
                                reminderLeadDays: number[];
                                /** Format: date-time */
                                updatedAt: string | null;
                                updatedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                version: number;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reports across the projects you may read, by state (default: overdue, oldest due first)
         * @description A report is overdue when its due date is before today (UTC) and it was never submitted. "open" lists every report not yet accepted. The counts ignore the state filter.
         */
        get: {
            parameters: {
                query?: {
                    fundingYear?: number;
                    fundLine?: string;
                    limit?: number;
                    /** @description Only the projects the user manages (PM or alternate) */
                    mine?: "true" | "false";
                    offset?: number;
                    q?: string;
                    region?: string;
                    /** @description A report state, or "open" (not accepted) */
                    state?: "upcoming" | "due" | "overdue" | "submitted" | "accepted" | "returned" | "open";
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
                            counts: {
                                accepted: number;
                                due: number;
                                overdue: number;
                                returned: number;
                                submitted: number;
                                upcoming: number;
                            };
                            items: {
                                daysOverdue: number | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                                /** Format: date */
                                dueDate: string;
                                /** Format: date-time */
                                firstSubmittedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "narrative" | "financial";
                                /** Format: date */
                                periodEnd: string;
                                /** Format: date */
                                periodStart: string;
                                project: {
                                    code: string;
                                    fundingYear: number;
                                    /** Format: uuid */
                                    id: string;
                                    region: string | null;
                                    title: string;
                                };
                                /** Format: uuid */
                                projectId: string;
                                sequence: number;
                                /** @enum {string} */
                                stage: "interim" | "final";
                                /** @enum {string} */
                                state: "upcoming" | "due" | "overdue" | "submitted" | "accepted" | "returned";
                                /** @enum {string} */
                                status: "pending" | "submitted" | "accepted" | "returned";
                                /** Format: date-time */
                                submittedAt: string | null;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/reports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report with its figures, the project's indicators, events and attached documents */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reportId: string;
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
                            activityExpenditures: {
                                activity: string;
                                amount: string;
                            }[];
                            approvedBudget: string | null;
                            areaExpenditures: {
                                amount: string;
                                area: string;
                            }[];
                            beneficiaries: {
                                /** @enum {string} */
                                ageGroup: "children" | "youth" | "adults" | "older" | "all";
                                number: number;
                                /** @enum {string} */
                                sex: "female" | "male" | "all";
                                type: string;
                            }[];
                            can: {
                                accept: boolean;
                                edit: boolean;
                                return: boolean;
                                submit: boolean;
                            };
                            challenges: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            documents: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "proposal" | "endorsement" | "budget" | "report" | "other";
                                /** Format: uuid */
                                reportId: string | null;
                                title: string;
                                versions: {
                                    downloadUrl: string;
                                    filename: string;
                                    mediaType: string;
                                    sha256: string;
                                    sizeBytes: number;
                                    /** Format: date-time */
                                    uploadedAt: string;
                                    uploadedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    version: number;
                                }[];
                            }[];
                            /** Format: date */
                            dueDate: string;
                            events: {
                                /** @enum {string} */
                                action: "submit" | "return" | "accept";
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                at: string;
                                comment: string;
                                id: number;
                            }[];
                            /** Format: date-time */
                            firstSubmittedAt: string | null;
                            goodPractices: string;
                            /** Format: uuid */
                            id: string;
                            indicators: {
                                baseline: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                level: "objective" | "outcome" | "output";
                                name: string;
                                previousActual: number | null;
                                result: string | null;
                                target: number;
                                unit: string;
                            }[];
                            indicatorValues: {
                                actual: number;
                                comment: string;
                                /** Format: uuid */
                                indicatorId: string;
                            }[];
                            /** @enum {string} */
                            kind: "narrative" | "financial";
                            lessonsLearned: string;
                            /** Format: date */
                            periodEnd: string;
                            /** Format: date */
                            periodStart: string;
                            project: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                region: string | null;
                                status: string;
                                title: string;
                            };
                            projectActivities: string[];
                            projectAreas: string[];
                            /** Format: uuid */
                            projectId: string;
                            sequence: number;
                            /** @enum {string} */
                            stage: "interim" | "final";
                            /** @enum {string} */
                            state: "upcoming" | "due" | "overdue" | "submitted" | "accepted" | "returned";
                            /** @enum {string} */
                            status: "pending" | "submitted" | "accepted" | "returned";
                            /** Format: date-time */
                            submittedAt: string | null;
                            targetBeneficiaries: {
                                /** @enum {string} */
                                ageGroup: "children" | "youth" | "adults" | "older" | "all";
                                number: number;
                                /** @enum {string} */
                                sex: "female" | "male" | "all";
                                type: string;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        /**
         * Save the report's content (project managers, while pending or returned; send the version you loaded)
         * @description Only the fields sent are replaced. A narrative report takes challenges, lessonsLearned, goodPractices, indicatorValues and beneficiaries; a financial report takes areaExpenditures and activityExpenditures.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        activityExpenditures?: {
                            activity: string;
                            /** @description Amount in USD, a decimal with at most two decimals, e.g. "1234.50" */
                            amount: string | number;
                        }[];
                        areaExpenditures?: {
                            /** @description Amount in USD, a decimal with at most two decimals, e.g. "1234.50" */
                            amount: string | number;
                            area: string;
                        }[];
                        beneficiaries?: {
                            /** @enum {string} */
                            ageGroup: "children" | "youth" | "adults" | "older" | "all";
                            number: number;
                            /** @enum {string} */
                            sex: "female" | "male" | "all";
                            type: string;
                        }[];
                        challenges?: string;
                        goodPractices?: string;
                        indicatorValues?: {
                            actual: number;
                            /** @default  */
                            comment?: string;
                            /** Format: uuid */
                            indicatorId: string;
                        }[];
                        lessonsLearned?: string;
                        /** @description The version the edit started from */
                        version: number;
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
                            activityExpenditures: {
                                activity: string;
                                amount: string;
                            }[];
                            approvedBudget: string | null;
                            areaExpenditures: {
                                amount: string;
                                area: string;
                            }[];
                            beneficiaries: {
                                /** @enum {string} */
                                ageGroup: "children" | "youth" | "adults" | "older" | "all";
                                number: number;
                                /** @enum {string} */
                                sex: "female" | "male" | "all";
                                type: string;
                            }[];
                            can: {
                                accept: boolean;
                                edit: boolean;
                                return: boolean;
                                submit: boolean;
                            };
                            challenges: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            documents: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "proposal" | "endorsement" | "budget" | "report" | "other";
                                /** Format: uuid */
                                reportId: string | null;
                                title: string;
                                versions: {
                                    downloadUrl: string;
                                    filename: string;
                                    mediaType: string;
                                    sha256: string;
                                    sizeBytes: number;
                                    /** Format: date-time */
                                    uploadedAt: string;
                                    uploadedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    version: number;
                                }[];
                            }[];
                            /** Format: date */
                            dueDate: string;
                            events: {
                                /** @enum {string} */
                                action: "submit" | "return" | "accept";
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                at: string;
                                comment: string;
                                id: number;
                            }[];
                            /** Format: date-time */
                            firstSubmittedAt: string | null;
                            goodPractices: string;
                            /** Format: uuid */
                            id: string;
                            indicators: {
                                baseline: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                level: "objective" | "outcome" | "output";
                                name: string;
                                previousActual: number | null;
                                result: string | null;
                                target: number;
                                unit: string;
                            }[];
                            indicatorValues: {
                                actual: number;
                                comment: string;
                                /** Format: uuid */
                                indicatorId: string;
                            }[];
                            /** @enum {string} */
                            kind: "narrative" | "financial";
                            lessonsLearned: string;
                            /** Format: date */
                            periodEnd: string;
                            /** Format: date */
                            periodStart: string;
                            project: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                region: string | null;
                                status: string;
                                title: string;
                            };
                            projectActivities: string[];
                            projectAreas: string[];
                            /** Format: uuid */
                            projectId: string;
                            sequence: number;
                            /** @enum {string} */
                            stage: "interim" | "final";
                            /** @enum {string} */
                            state: "upcoming" | "due" | "overdue" | "submitted" | "accepted" | "returned";
                            /** @enum {string} */
                            status: "pending" | "submitted" | "accepted" | "returned";
                            /** Format: date-time */
                            submittedAt: string | null;
                            targetBeneficiaries: {
                                /** @enum {string} */
                                ageGroup: "children" | "youth" | "adults" | "older" | "all";
                                number: number;
                                /** @enum {string} */
                                sex: "female" | "male" | "all";
                                type: string;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                activityExpenditures: {
                                    activity: string;
                                    amount: string;
                                }[];
                                approvedBudget: string | null;
                                areaExpenditures: {
                                    amount: string;
                                    area: string;
                                }[];
                                beneficiaries: {
                                    /** @enum {string} */
                                    ageGroup: "children" | "youth" | "adults" | "older" | "all";
                                    number: number;
                                    /** @enum {string} */
                                    sex: "female" | "male" | "all";
                                    type: string;
                                }[];
                                can: {
                                    accept: boolean;
                                    edit: boolean;
                                    return: boolean;
                                    submit: boolean;
                                };
                                challenges: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                documents: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "proposal" | "endorsement" | "budget" | "report" | "other";
                                    /** Format: uuid */
                                    reportId: string | null;
                                    title: string;
                                    versions: {
                                        downloadUrl: string;
                                        filename: string;
                                        mediaType: string;
                                        sha256: string;
                                        sizeBytes: number;
                                        /** Format: date-time */
                                        uploadedAt: string;
                                        uploadedBy: {
                                            /** Format: uuid */
                                            id: string;
                                            name: string;
                                        } | null;
                                        version: number;
                                    }[];
                                }[];
                                /** Format: date */
                                dueDate: string;
                                events: {
                                    /** @enum {string} */
                                    action: "submit" | "return" | "accept";
                                    actor: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    /** Format: date-time */
                                    at: string;
                                    comment: string;
                                    id: number;
                                }[];
                                /** Format: date-time */
                                firstSubmittedAt: string | null;
                                goodPractices: string;
                                /** Format: uuid */
                                id: string;
                                indicators: {
                                    baseline: number;
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    level: "objective" | "outcome" | "output";
                                    name: string;
                                    previousActual: number | null;
                                    result: string | null;
                                    target: number;
                                    unit: string;
                                }[];
                                indicatorValues: {
                                    actual: number;
                                    comment: string;
                                    /** Format: uuid */
                                    indicatorId: string;
                                }[];
                                /** @enum {string} */
                                kind: "narrative" | "financial";
                                lessonsLearned: string;
                                /** Format: date */
                                periodEnd: string;
                                /** Format: date */
                                periodStart: string;
                                project: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    region: string | null;
                                    status: string;
                                    title: string;
                                };
                                projectActivities: string[];
                                projectAreas: string[];
                                /** Format: uuid */
                                projectId: string;
                                sequence: number;
                                /** @enum {string} */
                                stage: "interim" | "final";
                                /** @enum {string} */
                                state: "upcoming" | "due" | "overdue" | "submitted" | "accepted" | "returned";
                                /** @enum {string} */
                                status: "pending" | "submitted" | "accepted" | "returned";
                                /** Format: date-time */
                                submittedAt: string | null;
                                targetBeneficiaries: {
                                    /** @enum {string} */
                                    ageGroup: "children" | "youth" | "adults" | "older" | "all";
                                    number: number;
                                    /** @enum {string} */
                                    sex: "female" | "male" | "all";
                                    type: string;
                                }[];
                                version: number;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/reports/{reportId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a report (project managers), or return or accept it (fund manager)
         * @description Submission checks the report is complete and answers 422 listing every gap; it is possible once the period has ended (400 notYetDue before). Returning needs a comment.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "submit" | "return" | "accept";
                        /** @default  */
                        comment?: string;
                        version: number;
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
                            activityExpenditures: {
                                activity: string;
                                amount: string;
                            }[];
                            approvedBudget: string | null;
                            areaExpenditures: {
                                amount: string;
                                area: string;
                            }[];
                            beneficiaries: {
                                /** @enum {string} */
                                ageGroup: "children" | "youth" | "adults" | "older" | "all";
                                number: number;
                                /** @enum {string} */
                                sex: "female" | "male" | "all";
                                type: string;
                            }[];
                            can: {
                                accept: boolean;
                                edit: boolean;
                                return: boolean;
                                submit: boolean;
                            };
                            challenges: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            documents: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "proposal" | "endorsement" | "budget" | "report" | "other";
                                /** Format: uuid */
                                reportId: string | null;
                                title: string;
                                versions: {
                                    downloadUrl: string;
                                    filename: string;
                                    mediaType: string;
                                    sha256: string;
                                    sizeBytes: number;
                                    /** Format: date-time */
                                    uploadedAt: string;
                                    uploadedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    version: number;
                                }[];
                            }[];
                            /** Format: date */
                            dueDate: string;
                            events: {
                                /** @enum {string} */
                                action: "submit" | "return" | "accept";
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                at: string;
                                comment: string;
                                id: number;
                            }[];
                            /** Format: date-time */
                            firstSubmittedAt: string | null;
                            goodPractices: string;
                            /** Format: uuid */
                            id: string;
                            indicators: {
                                baseline: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                level: "objective" | "outcome" | "output";
                                name: string;
                                previousActual: number | null;
                                result: string | null;
                                target: number;
                                unit: string;
                            }[];
                            indicatorValues: {
                                actual: number;
                                comment: string;
                                /** Format: uuid */
                                indicatorId: string;
                            }[];
                            /** @enum {string} */
                            kind: "narrative" | "financial";
                            lessonsLearned: string;
                            /** Format: date */
                            periodEnd: string;
                            /** Format: date */
                            periodStart: string;
                            project: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                region: string | null;
                                status: string;
                                title: string;
                            };
                            projectActivities: string[];
                            projectAreas: string[];
                            /** Format: uuid */
                            projectId: string;
                            sequence: number;
                            /** @enum {string} */
                            stage: "interim" | "final";
                            /** @enum {string} */
                            state: "upcoming" | "due" | "overdue" | "submitted" | "accepted" | "returned";
                            /** @enum {string} */
                            status: "pending" | "submitted" | "accepted" | "returned";
                            /** Format: date-time */
                            submittedAt: string | null;
                            targetBeneficiaries: {
                                /** @enum {string} */
                                ageGroup: "children" | "youth" | "adults" | "older" | "all";
                                number: number;
                                /** @enum {string} */
                                sex: "female" | "male" | "all";
                                type: string;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                activityExpenditures: {
                                    activity: string;
                                    amount: string;
                                }[];
                                approvedBudget: string | null;
                                areaExpenditures: {
                                    amount: string;
                                    area: string;
                                }[];
                                beneficiaries: {
                                    /** @enum {string} */
                                    ageGroup: "children" | "youth" | "adults" | "older" | "all";
                                    number: number;
                                    /** @enum {string} */
                                    sex: "female" | "male" | "all";
                                    type: string;
                                }[];
                                can: {
                                    accept: boolean;
                                    edit: boolean;
                                    return: boolean;
                                    submit: boolean;
                                };
                                challenges: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                documents: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "proposal" | "endorsement" | "budget" | "report" | "other";
                                    /** Format: uuid */
                                    reportId: string | null;
                                    title: string;
                                    versions: {
                                        downloadUrl: string;
                                        filename: string;
                                        mediaType: string;
                                        sha256: string;
                                        sizeBytes: number;
                                        /** Format: date-time */
                                        uploadedAt: string;
                                        uploadedBy: {
                                            /** Format: uuid */
                                            id: string;
                                            name: string;
                                        } | null;
                                        version: number;
                                    }[];
                                }[];
                                /** Format: date */
                                dueDate: string;
                                events: {
                                    /** @enum {string} */
                                    action: "submit" | "return" | "accept";
                                    actor: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    /** Format: date-time */
                                    at: string;
                                    comment: string;
                                    id: number;
                                }[];
                                /** Format: date-time */
                                firstSubmittedAt: string | null;
                                goodPractices: string;
                                /** Format: uuid */
                                id: string;
                                indicators: {
                                    baseline: number;
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    level: "objective" | "outcome" | "output";
                                    name: string;
                                    previousActual: number | null;
                                    result: string | null;
                                    target: number;
                                    unit: string;
                                }[];
                                indicatorValues: {
                                    actual: number;
                                    comment: string;
                                    /** Format: uuid */
                                    indicatorId: string;
                                }[];
                                /** @enum {string} */
                                kind: "narrative" | "financial";
                                lessonsLearned: string;
                                /** Format: date */
                                periodEnd: string;
                                /** Format: date */
                                periodStart: string;
                                project: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    region: string | null;
                                    status: string;
                                    title: string;
                                };
                                projectActivities: string[];
                                projectAreas: string[];
                                /** Format: uuid */
                                projectId: string;
                                sequence: number;
                                /** @enum {string} */
                                stage: "interim" | "final";
                                /** @enum {string} */
                                state: "upcoming" | "due" | "overdue" | "submitted" | "accepted" | "returned";
                                /** @enum {string} */
                                status: "pending" | "submitted" | "accepted" | "returned";
                                /** Format: date-time */
                                submittedAt: string | null;
                                targetBeneficiaries: {
                                    /** @enum {string} */
                                    ageGroup: "children" | "youth" | "adults" | "older" | "all";
                                    number: number;
                                    /** @enum {string} */
                                    sex: "female" | "male" | "all";
                                    type: string;
                                }[];
                                version: number;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/revisions/{revisionId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or refuse a budget revision (the fund manager)
         * @description Approval checks the fund's rules again and makes the revised budget current: the approved amount, the shares and the approved years; the revision keeps the budget before and after. A refusal needs a comment. `version` is the request's version: a stale one gets 409 with the current request.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    revisionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        comment?: string;
                        /** @enum {string} */
                        decision: "approve" | "refuse";
                        version: number;
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
                            after: {
                                activityShares: {
                                    amount: string;
                                    code: string;
                                    percent: number;
                                }[];
                                areaShares: {
                                    amount: string;
                                    code: string;
                                    percent: number;
                                }[];
                                total: string;
                                years: {
                                    amount: string;
                                    /** Format: date */
                                    end: string;
                                    /** Format: date */
                                    start: string;
                                }[];
                            };
                            before: {
                                activityShares: {
                                    amount: string;
                                    code: string;
                                    percent: number;
                                }[];
                                areaShares: {
                                    amount: string;
                                    code: string;
                                    percent: number;
                                }[];
                                total: string;
                                years: {
                                    amount: string;
                                    /** Format: date */
                                    end: string;
                                    /** Format: date */
                                    start: string;
                                }[];
                            };
                            change: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            decisionComment: string;
                            /** Format: uuid */
                            id: string;
                            justification: string;
                            newTotal: string;
                            previousTotal: string;
                            /** Format: date-time */
                            requestedAt: string;
                            requestedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "requested" | "approved" | "refused";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                after: {
                                    activityShares: {
                                        amount: string;
                                        code: string;
                                        percent: number;
                                    }[];
                                    areaShares: {
                                        amount: string;
                                        code: string;
                                        percent: number;
                                    }[];
                                    total: string;
                                    years: {
                                        amount: string;
                                        /** Format: date */
                                        end: string;
                                        /** Format: date */
                                        start: string;
                                    }[];
                                };
                                before: {
                                    activityShares: {
                                        amount: string;
                                        code: string;
                                        percent: number;
                                    }[];
                                    areaShares: {
                                        amount: string;
                                        code: string;
                                        percent: number;
                                    }[];
                                    total: string;
                                    years: {
                                        amount: string;
                                        /** Format: date */
                                        end: string;
                                        /** Format: date */
                                        start: string;
                                    }[];
                                };
                                change: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                decisionComment: string;
                                /** Format: uuid */
                                id: string;
                                justification: string;
                                newTotal: string;
                                previousTotal: string;
                                /** Format: date-time */
                                requestedAt: string;
                                requestedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "requested" | "approved" | "refused";
                                version: number;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the projects you may read by words and facets, ranked, with facet counts
         * @description Words over code, title, summary, objective, countries (in English, French and Spanish) and the lessons learned of accepted final reports, accents ignored; as in a web search (quotes for a phrase, `or`, `-word`); the last word also matches as a prefix, and plain words also match codes and titles spelt a little differently. A facet takes several values by repeating the parameter (`region=WCA&region=EHA`); each facet's counts apply every other facet's choice. Without `q`, projects by code.
         */
        get: {
            parameters: {
                query?: {
                    activity?: string[] | string;
                    area?: string[] | string;
                    cofundedBy?: string[] | string;
                    country?: string[] | string;
                    fundingYear?: number[] | number;
                    fundLine?: string[] | string;
                    genderMarker?: string[] | string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    region?: string[] | string;
                    sort?: "relevance" | "code" | "recent";
                    status?: ("draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn")[] | ("draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn");
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
                            facets: {
                                activity: {
                                    count: number;
                                    value: string;
                                }[];
                                area: {
                                    count: number;
                                    value: string;
                                }[];
                                cofundedBy: {
                                    count: number;
                                    value: string;
                                }[];
                                country: {
                                    count: number;
                                    value: string;
                                }[];
                                fundingYear: {
                                    count: number;
                                    value: string;
                                }[];
                                fundLine: {
                                    count: number;
                                    value: string;
                                }[];
                                genderMarker: {
                                    count: number;
                                    value: string;
                                }[];
                                region: {
                                    count: number;
                                    value: string;
                                }[];
                                status: {
                                    count: number;
                                    value: string;
                                }[];
                            };
                            items: {
                                approximate: boolean;
                                bookmarked: boolean;
                                code: string;
                                countries: string[];
                                fundingYear: number;
                                fundLine: string;
                                id: string;
                                region: string | null;
                                snippet: {
                                    match: boolean;
                                    text: string;
                                }[];
                                /** @enum {string} */
                                status: "draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn";
                                title: string;
                                titleHighlights: {
                                    match: boolean;
                                    text: string;
                                }[];
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/spending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The projects you may read by variance and by unspent balance at their end date */
        get: {
            parameters: {
                query?: {
                    fundLine?: string;
                    region?: string;
                    yearFrom?: number;
                    yearTo?: number;
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
                            byUnspent: {
                                approved: string;
                                code: string;
                                /** Format: date */
                                end: string;
                                flaggedAreas: {
                                    code: string;
                                    share: number;
                                    /** @description A percentage with at most one decimal */
                                    spendingShare: number;
                                }[];
                                fundingYear: number;
                                fundLine: string;
                                /** Format: uuid */
                                projectId: string;
                                region: string | null;
                                spent: string;
                                /** @description A percentage with at most one decimal */
                                spentPercent: number | null;
                                /** @enum {string} */
                                state: "notApplicable" | "noReport" | "onTrack" | "flagged" | "overspent";
                                status: string;
                                title: string;
                                unspent: string;
                                variance: number | null;
                            }[];
                            byVariance: {
                                approved: string;
                                code: string;
                                /** Format: date */
                                end: string;
                                flaggedAreas: {
                                    code: string;
                                    share: number;
                                    /** @description A percentage with at most one decimal */
                                    spendingShare: number;
                                }[];
                                fundingYear: number;
                                fundLine: string;
                                /** Format: uuid */
                                projectId: string;
                                region: string | null;
                                spent: string;
                                /** @description A percentage with at most one decimal */
                                spentPercent: number | null;
                                /** @enum {string} */
                                state: "notApplicable" | "noReport" | "onTrack" | "flagged" | "overspent";
                                status: string;
                                title: string;
                                unspent: string;
                                variance: number | null;
                            }[];
                            thresholdPercent: number;
                            /** Format: date */
                            today: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/spending/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the spending lists (variance or unspent) as Excel, with the same filters */
        get: {
            parameters: {
                query?: {
                    fundLine?: string;
                    lang?: "en" | "fr" | "es";
                    list?: "variance" | "unspent";
                    region?: string;
                    yearFrom?: number;
                    yearTo?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/stats/turnaround": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Median and 90th percentile review and approval time in days, by region and funding year */
        get: {
            parameters: {
                query?: {
                    fundingYear?: number;
                    region?: string;
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
                                count: number;
                                fundingYear: number;
                                medianDays: number;
                                p90Days: number;
                                region: string | null;
                                /** @enum {string} */
                                stage: "regionalReview" | "approval";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone with an account, filtered, one page at a time (administrators) */
        get: {
            parameters: {
                query?: {
                    /** @description Omit for everyone */
                    active?: "true" | "false";
                    limit?: number;
                    offset?: number;
                    /** @description Part of the name or e-mail */
                    q?: string;
                    region?: string;
                    role?: "pm" | "reviewer" | "fund_manager" | "viewer" | "admin";
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
                            total: number;
                            users: {
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                email: string;
                                /** Format: uuid */
                                id: string;
                                invited: boolean;
                                /** Format: date-time */
                                lastSignInAt: string | null;
                                name: string;
                                region: string | null;
                                /** @enum {string} */
                                role: "pm" | "reviewer" | "fund_manager" | "viewer" | "admin";
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a person with a role (administrators) */
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
                        email: string;
                        name: string;
                        password: string;
                        region: string | null;
                        /** @enum {string} */
                        role: "pm" | "reviewer" | "fund_manager" | "viewer" | "admin";
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
                            email: string;
                            /** Format: uuid */
                            id: string;
                            region: string | null;
                            /** @enum {string} */
                            role: "pm" | "reviewer" | "fund_manager" | "viewer" | "admin";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/users/{id}": {
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
        /** Change a person's name, role, region, or whether they may sign in (administrators) */
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
                        active: boolean;
                        name: string;
                        region: string | null;
                        /** @enum {string} */
                        role: "pm" | "reviewer" | "fund_manager" | "viewer" | "admin";
                        version: number;
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
                            active: boolean;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            region: string | null;
                            /** @enum {string} */
                            role: "pm" | "reviewer" | "fund_manager" | "viewer" | "admin";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                active: boolean;
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                region: string | null;
                                /** @enum {string} */
                                role: "pm" | "reviewer" | "fund_manager" | "viewer" | "admin";
                                version: number;
                            };
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign a person out everywhere (administrators) */
        delete: {
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
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a person's two-factor sign-in, e.g. after a lost phone (administrators) */
        delete: {
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
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a person by e-mail: they choose their password from a one-time link (administrators) */
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
                        email: string;
                        /**
                         * @description The invitation's language
                         * @default null
                         * @enum {string|null}
                         */
                        language?: "en" | "fr" | "es" | null;
                        name: string;
                        region: string | null;
                        /** @enum {string} */
                        role: "pm" | "reviewer" | "fund_manager" | "viewer" | "admin";
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
                            email: string;
                            /** Format: uuid */
                            id: string;
                            inviteUrl: string | null;
                            region: string | null;
                            /** @enum {string} */
                            role: "pm" | "reviewer" | "fund_manager" | "viewer" | "admin";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    "/api/users/managers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active project managers, for choosing a PM or alternate PM */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            fields?: {
                                code: string;
                                field: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                            }[];
                            message: string;
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
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
