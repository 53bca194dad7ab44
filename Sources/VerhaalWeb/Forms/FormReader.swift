import Foundation
import Hummingbird
import NIOCore

/// Reads a posted form (`application/x-www-form-urlencoded`) with Hummingbird's form decoder,
/// refusing bodies over `WebLimits.maximumBodyBytes` with 413 and forms without a valid CSRF
/// token with 403.
enum FormReader {
    static func decode<Fields: Decodable>(_ type: Fields.Type, from request: Request, context: WebContext) async throws -> Fields {
        try decode(type, from: try await text(of: request))
    }

    /// The form, when it carries the CSRF token of the signed-in member's session.
    static func decodeChecked<Fields: CSRFProtected>(
        _ type: Fields.Type, from request: Request, context: WebContext,
        site: Site
    ) async throws -> Fields {
        try await decodeCheckedWithPairs(type, from: request, context: context, site: site).fields
    }

    /// The checked form, and all its fields as name–value pairs in the order posted, for
    /// inputs whose names are made from data (the story questions' `answer-ID`).
    static func decodeCheckedWithPairs<Fields: CSRFProtected>(
        _ type: Fields.Type, from request: Request, context: WebContext, site: Site
    ) async throws -> (fields: Fields, pairs: [(name: String, value: String)]) {
        let session = try context.requireLogin()
        let text = try await text(of: request)
        let fields = try decode(type, from: text)
        guard CSRFToken.isValid(fields.csrf, forSession: session.cookieValue, key: site.key) else {
            throw FormRejection.missingCSRFToken
        }
        return (fields, pairs(in: text))
    }

    private static func text(of request: Request) async throws -> String {
        var request = request
        do {
            return String(buffer: try await request.collectBody(upTo: WebLimits.maximumBodyBytes))
        } catch is NIOTooManyBytesError {
            throw HTTPError(.contentTooLarge)
        }
    }

    private static func decode<Fields: Decodable>(_ type: Fields.Type, from text: String) throws -> Fields {
        do {
            return try URLEncodedFormDecoder().decode(Fields.self, from: text)
        } catch {
            throw HTTPError(.badRequest)
        }
    }

    private static func pairs(in text: String) -> [(name: String, value: String)] {
        text.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ text: Substring) -> String? {
                text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            }
            guard let name = parts.first.flatMap(decoded) else { return nil }
            return (name, parts.count > 1 ? decoded(parts[1]) ?? "" : "")
        }
    }
}

/// A form that carries the hidden CSRF field.
protocol CSRFProtected: Decodable {
    var csrf: String? { get }
}

/// Why a posted form was refused before it was read further.
enum FormRejection: Error {
    /// The form did not carry the CSRF token of this session: it came from another site, or
    /// from a page of an earlier sign-in. Answered with 403.
    case missingCSRFToken
}
