internal import CLibXML2

/// libxml2's error codes in BidKit's words. libxml2's own messages are not shown: they quote the
/// input (a hostile part can put anything there, terminal escapes included) and speak parser
/// ("StartTag: invalid element name", "xmlParseCharRef: invalid xmlChar value 27").
enum XMLErrorText {
    struct Issue {
        var code: Int32
        var line: Int
        var column: Int
    }

    /// "line 3, column 14: an element closed by the wrong end tag".
    static func describe(_ issue: Issue?) -> String {
        guard let issue else { return "the parser gave no reason" }
        var place = issue.line > 0 ? "line \(issue.line)" : ""
        if issue.line > 0, issue.column > 0 { place += ", column \(issue.column)" }
        let what = text(issue.code)
        return place.isEmpty ? what : place + ": " + what
    }

    private static func text(_ raw: Int32) -> String {
        let code = xmlParserErrors(rawValue: UInt32(bitPattern: raw))
        switch code {
        case XML_ERR_DOCUMENT_EMPTY: return "the part is empty"
        case XML_ERR_DOCUMENT_END, XML_ERR_EXTRA_CONTENT: return "content after the root element"
        case XML_ERR_DOCUMENT_START: return "no XML content at the start"
        case XML_ERR_INVALID_CHAR, XML_ERR_INVALID_CHARREF, XML_ERR_INVALID_DEC_CHARREF, XML_ERR_INVALID_HEX_CHARREF:
            return "a character XML does not allow (such as a control character)"
        case XML_ERR_INVALID_ENCODING: return "bytes that are not valid in the part's encoding (not UTF-8?)"
        case XML_ERR_UNKNOWN_ENCODING, XML_ERR_UNSUPPORTED_ENCODING, XML_ERR_ENCODING_NAME: return "an encoding the parser does not know"
        case XML_ERR_UNDECLARED_ENTITY, XML_WAR_UNDECLARED_ENTITY, XML_ERR_UNPARSED_ENTITY:
            return "a reference to an undeclared entity"
        case XML_ERR_ENTITYREF_NO_NAME, XML_ERR_ENTITYREF_SEMICOL_MISSING, XML_ERR_ENTITYREF_AT_EOF:
            return "an '&' that starts no entity reference (text must write it as &amp;)"
        case XML_ERR_TAG_NAME_MISMATCH: return "an element closed by the wrong end tag"
        case XML_ERR_TAG_NOT_FINISHED, XML_ERR_LTSLASH_REQUIRED, XML_ERR_NOT_WELL_BALANCED:
            return "an element that is never closed"
        case XML_ERR_GT_REQUIRED, XML_ERR_LT_REQUIRED, XML_ERR_NAME_REQUIRED, XML_ERR_SPACE_REQUIRED,
             XML_ERR_EQUAL_REQUIRED, XML_ERR_NMTOKEN_REQUIRED, XML_ERR_PCDATA_REQUIRED:
            return "malformed markup"
        case XML_ERR_LT_IN_ATTRIBUTE, XML_ERR_ATTRIBUTE_NOT_STARTED, XML_ERR_ATTRIBUTE_NOT_FINISHED,
             XML_ERR_ATTRIBUTE_WITHOUT_VALUE, XML_ERR_STRING_NOT_STARTED, XML_ERR_STRING_NOT_CLOSED:
            return "a malformed attribute"
        case XML_ERR_ATTRIBUTE_REDEFINED, XML_NS_ERR_ATTRIBUTE_REDEFINED: return "an attribute given twice on one element"
        case XML_ERR_COMMENT_NOT_FINISHED, XML_ERR_HYPHEN_IN_COMMENT: return "a malformed comment"
        case XML_ERR_CDATA_NOT_FINISHED, XML_ERR_MISPLACED_CDATA_END: return "a malformed CDATA section"
        case XML_ERR_PI_NOT_STARTED, XML_ERR_PI_NOT_FINISHED, XML_ERR_RESERVED_XML_NAME: return "a misplaced or malformed processing instruction"
        case XML_ERR_XMLDECL_NOT_STARTED, XML_ERR_XMLDECL_NOT_FINISHED, XML_ERR_VERSION_MISSING, XML_ERR_UNKNOWN_VERSION,
             XML_ERR_STANDALONE_VALUE, XML_ERR_MISSING_ENCODING:
            return "a malformed XML declaration"
        case XML_ERR_NAME_TOO_LONG: return "a name longer than the parser allows"
        case XML_ERR_INTERNAL_ERROR: return "more nesting or a longer text than the parser allows"
        case XML_ERR_NO_MEMORY: return "out of memory"
        case XML_ERR_DOCTYPE_NOT_FINISHED: return "a malformed document type declaration"
        case XML_NS_ERR_UNDEFINED_NAMESPACE, XML_NS_ERR_QNAME, XML_NS_ERR_EMPTY, XML_NS_ERR_COLON, XML_NS_ERR_XML_NAMESPACE:
            return "a malformed or undeclared namespace prefix"
        default: return "malformed XML (parser error \(raw))"
        }
    }
}
