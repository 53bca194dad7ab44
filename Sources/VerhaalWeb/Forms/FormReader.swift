import Foundation
import Hummingbird
import NIOCore

/// Reads a posted form (`application/x-www-form-urlencoded`) with Hummingbird's form decoder,
/// refusing bodies over `WebLimits.maximumBodyBytes` with 413 and forms without a valid CSRF
/// token with 403.
enum FormReader {
    static func decode<Fields: Decodable>(_ type: Fields.Type, from request: Request, context: WebContext) async throws -> Fields {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: WebLimits.maximumBodyBytes)
        } catch is NIOTooManyBytesError {
            throw HTTPError(.contentTooLarge)
        }
        let text = String(buffer: buffer)
        do {
            return try URLEncodedFormDecoder().decode(Fields.self, from: text)
        } catch {
            throw HTTPError(.badRequest)
        }
    }

    /// The form, when it carries the CSRF token of the signed-in member's session.
    static func decodeChecked<Fields: CSRFProtected>(
        _ type: Fields.Type, from request: Request, context: WebContext,
        site: Site
    ) async throws -> Fields {
        let session = try context.requireSession()
        let fields = try await decode(type, from: request, context: context)
        guard CSRFToken.isValid(fields.csrf, forSession: session.cookieValue, key: site.key) else {
            throw FormRejection.missingCSRFToken
        }
        return fields
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
