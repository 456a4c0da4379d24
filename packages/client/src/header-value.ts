// What an HTTP header value can hold. Headers throws a TypeError that quotes the whole value (a
// token, or an id with a line break in it), so values are checked before they get there.

/** Whitespace a header value may be padded with; Headers drops it. */
export const HTTP_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;

/** Anything a header value cannot hold: control characters (line breaks, NUL) and non-Latin-1. */
export const NOT_IN_HEADER = /[^\t\x20-\x7e\x80-\xff]/;
