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
        json.objects("entities", entities) { json, entity in entity.writeFields(to: &json) }
        json.objects("quotes", quotes) { json, quote in quote.writeFields(to: &json) }
        json.objects("claims", claims) { json, claim in claim.writeFields(to: &json) }
        json.objects("notes", notes) { json, note in
            json.key("kind")
            json.string(note.kind.rawValue)
            json.spanFields(text: note.span.text, start: note.span.start, end: note.span.end)
        }
        if let tokens {
            json.objects("tokens", tokens) { json, token in
                json.spanFields(text: token.text, start: token.start, end: token.end)
                json.key("pos")
                json.string(token.pos)
                json.key("head")
                json.integer(token.head)
                json.key("dep")
                json.string(token.dep)
            }
        }
        json.endObject()
    }
}

extension JSONWriter {
    mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// `{…}` with the fields `write` adds, or `null` when there is no value (no speaker, no cue).
    mutating func optionalObject<Value>(_ value: Value?, _ write: (inout JSONWriter, Value) -> Void) {
        guard let value else { return null() }
        beginObject()
        write(&self, value)
        endObject()
    }

    /// Who speaks or claims: the name as the article gives it and the entity's id, if any.
    mutating func nameAndEntity(_ name: String, _ entity: String?) {
        key("name")
        string(name)
        key("entity")
        optionalString(entity)
    }

    mutating func spanFields(text: String, start: Int, end: Int) {
        key("text")
        string(text)
        key("start")
        integer(start)
        key("end")
        integer(end)
    }

    /// `"name":[{…},…]`, each object with the fields `write` adds for its element.
    mutating func objects<Element>(_ name: StaticString, _ elements: [Element], _ write: (inout JSONWriter, Element) -> Void) {
        key(name)
        beginArray()
        for index in elements.indices {
            beginObject()
            write(&self, elements[index])
            endObject()
        }
        endArray()
    }

    /// `"name":[{"text":…,"start":…,"end":…},…]`
    mutating func spans(_ name: StaticString, _ spans: [TextSpan]) {
        objects(name, spans) { json, span in json.spanFields(text: span.text, start: span.start, end: span.end) }
    }

    mutating func strings(_ values: [String]) {
        beginArray()
        for index in values.indices { string(values[index]) }
        endArray()
    }
}

extension Entity {
    /// The fields of its object in the contract's order.
    func writeFields(to json: inout JSONWriter) {
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
        json.objects("mentions", mentions) { json, mention in
            json.spanFields(text: mention.text, start: mention.start, end: mention.end)
            json.key("kind")
            json.string(mention.kind.rawValue)
        }
    }
}

extension Quote {
    /// The fields of its object in the contract's order.
    func writeFields(to json: inout JSONWriter) {
        json.key("id")
        json.string(id)
        json.key("kind")
        json.string(kind.rawValue)
        json.spanFields(text: text, start: start, end: end)
        json.key("speaker")
        json.optionalObject(speaker) { json, speaker in
            json.nameAndEntity(speaker.name, speaker.entity)
            json.spanFields(text: speaker.mention.text, start: speaker.mention.start, end: speaker.mention.end)
        }
        json.key("cue")
        json.optionalObject(cue) { json, cue in json.spanFields(text: cue.text, start: cue.start, end: cue.end) }
        json.key("confidence")
        json.number(confidence)
        json.key("rule")
        json.string(rule)
    }
}

extension Claim {
    /// The fields of its object in the contract's order.
    func writeFields(to json: inout JSONWriter) {
        json.key("id")
        json.string(id)
        json.spanFields(text: text, start: start, end: end)
        json.key("checkworthiness")
        json.number(checkworthiness)
        json.key("types")
        json.strings(types)
        json.key("claimant")
        json.optionalObject(claimant) { json, claimant in json.nameAndEntity(claimant.name, claimant.entity) }
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
    }
}
