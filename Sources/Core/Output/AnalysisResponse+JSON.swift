extension RequestID {
    /// The id as the JSON value it was sent as, for error lines that echo it.
    public func jsonBytes() -> [UInt8] {
        var json = JSONWriter(capacity: 32)
        write(to: &json)
        return json.bytes
    }

    func write(to json: inout JSONWriter) {
        switch self {
        case .string(let value): json.string(value)
        case .integer(let value): json.integer(Int(value))
        case .number(let value): json.exactNumber(value)
        }
    }
}

extension AnalysisResponse {
    /// The response as compact JSON in the contract's field order.
    public func jsonBytes() -> [UInt8] {
        var json = JSONWriter(capacity: 1024 + 256 * (entities.count + quotes.count + claims.count))
        write(to: &json)
        return json.bytes
    }

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("id")
        if let id { id.write(to: &json) } else { json.null() }
        json.key("language")
        json.string(language)
        json.key("offsets")
        json.string(offsets.rawValue)
        if let text {
            json.key("text")
            json.string(text)
        }
        json.key("title")
        json.optionalString(title)
        json.key("subtitle")
        json.optionalString(subtitle)
        json.key("dateline")
        json.optionalString(dateline)
        json.key("source")
        json.optionalString(source)
        json.key("entities")
        json.beginArray()
        for index in entities.indices { entities[index].write(to: &json) }
        json.endArray()
        json.key("quotes")
        json.beginArray()
        for index in quotes.indices { quotes[index].write(to: &json) }
        json.endArray()
        json.key("claims")
        json.beginArray()
        for index in claims.indices { claims[index].write(to: &json) }
        json.endArray()
        json.key("notes")
        json.beginArray()
        for note in notes {
            json.beginObject()
            json.key("kind")
            json.string(note.kind.rawValue)
            json.spanFields(text: note.span.text, start: note.span.start, end: note.span.end)
            json.endObject()
        }
        json.endArray()
        if let tokens {
            json.key("tokens")
            json.beginArray()
            for index in tokens.indices {
                json.beginObject()
                json.spanFields(text: tokens[index].text, start: tokens[index].start, end: tokens[index].end)
                json.key("pos")
                json.string(tokens[index].pos)
                json.key("head")
                json.integer(tokens[index].head)
                json.key("dep")
                json.string(tokens[index].dep)
                json.endObject()
            }
            json.endArray()
        }
        json.endObject()
    }
}

extension JSONWriter {
    mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    mutating func spanFields(text: String, start: Int, end: Int) {
        key("text")
        string(text)
        key("start")
        integer(start)
        key("end")
        integer(end)
    }

    /// `"name":[{"text":…,"start":…,"end":…},…]`
    mutating func spans(_ name: StaticString, _ spans: [TextSpan]) {
        key(name)
        beginArray()
        for index in spans.indices {
            beginObject()
            spanFields(text: spans[index].text, start: spans[index].start, end: spans[index].end)
            endObject()
        }
        endArray()
    }

    mutating func strings(_ values: [String]) {
        beginArray()
        for index in values.indices { string(values[index]) }
        endArray()
    }
}

extension Entity {
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("id")
        json.string(id)
        json.key("name")
        json.string(name)
        json.key("type")
        json.string(type.rawValue)
        json.key("salience")
        json.number(salience)
        json.key("titles")
        json.strings(titles)
        json.key("mentions")
        json.beginArray()
        for index in mentions.indices {
            json.beginObject()
            json.spanFields(text: mentions[index].text, start: mentions[index].start, end: mentions[index].end)
            json.key("kind")
            json.string(mentions[index].kind.rawValue)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }
}

extension Quote {
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("id")
        json.string(id)
        json.key("kind")
        json.string(kind.rawValue)
        json.spanFields(text: text, start: start, end: end)
        json.key("speaker")
        if let speaker {
            json.beginObject()
            json.key("name")
            json.string(speaker.name)
            json.key("entity")
            json.optionalString(speaker.entity)
            json.spanFields(text: speaker.mention.text, start: speaker.mention.start, end: speaker.mention.end)
            json.endObject()
        } else {
            json.null()
        }
        json.key("cue")
        if let cue {
            json.beginObject()
            json.spanFields(text: cue.text, start: cue.start, end: cue.end)
            json.endObject()
        } else {
            json.null()
        }
        json.key("confidence")
        json.number(confidence)
        json.key("rule")
        json.string(rule)
        json.endObject()
    }
}

extension Claim {
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("id")
        json.string(id)
        json.spanFields(text: text, start: start, end: end)
        json.key("checkworthiness")
        json.number(checkworthiness)
        json.key("types")
        json.strings(types)
        json.key("claimant")
        if let claimant {
            json.beginObject()
            json.key("name")
            json.string(claimant.name)
            json.key("entity")
            json.optionalString(claimant.entity)
            json.endObject()
        } else {
            json.null()
        }
        json.key("quote")
        json.optionalString(quote)
        json.key("hedged")
        json.bool(hedged)
        json.key("stance")
        json.string(stance)
        json.key("entities")
        json.strings(entities)
        json.key("facets")
        json.beginObject()
        json.spans("numbers", facets.numbers)
        json.spans("dates", facets.dates)
        json.spans("places", facets.places)
        json.endObject()
        json.endObject()
    }
}
