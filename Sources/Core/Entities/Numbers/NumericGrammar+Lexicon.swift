/// The closed word classes the numeric grammar reads. Kept apart from the grammar so the rules
/// stay short. Each class is one bit and one table maps a word to all its classes, so a token is
/// looked up once per document and every test in the rules is a bit test.
extension NumericGrammar {
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt128

        init(rawValue: UInt128) { self.rawValue = rawValue }

        private init(bit: Int) { rawValue = 1 << bit }
        static var weekdays: Self { Self(bit: 0) }
        static var months: Self { Self(bit: 1) }
        static var ambiguousMonths: Self { Self(bit: 2) }
        static var monthAbbreviationsWithPeriod: Self { Self(bit: 3) }
        static var monthAbbreviations: Self { Self(bit: 4) }
        static var monthCues: Self { Self(bit: 5) }
        static var relativeModifiers: Self { Self(bit: 6) }
        static var edgeModifiers: Self { Self(bit: 7) }
        static var dateUnits: Self { Self(bit: 8) }
        static var seasons: Self { Self(bit: 9) }
        static var dayParts: Self { Self(bit: 10) }
        static var dateWords: Self { Self(bit: 11) }
        static var durationTails: Self { Self(bit: 12) }
        static var timeUnits: Self { Self(bit: 13) }
        static var clockWords: Self { Self(bit: 14) }
        static var meridiems: Self { Self(bit: 15) }
        static var timeZones: Self { Self(bit: 16) }
        static var scales: Self { Self(bit: 17) }
        static var moneyScales: Self { Self(bit: 18) }
        static var currencyPrefixes: Self { Self(bit: 19) }
        static var currencyCodes: Self { Self(bit: 20) }
        static var currencyNames: Self { Self(bit: 21) }
        static var poundsMoneyCues: Self { Self(bit: 22) }
        static var currencyQualifiers: Self { Self(bit: 23) }
        static var percentWords: Self { Self(bit: 24) }
        static var quantityUnits: Self { Self(bit: 25) }
        static var unitPrefixes: Self { Self(bit: 26) }
        static var temperatureScales: Self { Self(bit: 27) }
        static var rateWords: Self { Self(bit: 28) }
        static var rateUnits: Self { Self(bit: 29) }
        static var units: Self { Self(bit: 30) }
        static var teens: Self { Self(bit: 31) }
        static var tens: Self { Self(bit: 32) }
        static var wordScales: Self { Self(bit: 33) }
        static var zero: Self { Self(bit: 34) }
        static var vagueCounts: Self { Self(bit: 35) }
        static var vagueCountTails: Self { Self(bit: 36) }
        static var vagueDurationCounts: Self { Self(bit: 37) }
        static var ordinals: Self { Self(bit: 38) }
        static var ordinalUnits: Self { Self(bit: 39) }
        static var pronounOneBefore: Self { Self(bit: 40) }
        static var pronounOneAfter: Self { Self(bit: 41) }
        static var labelWords: Self { Self(bit: 42) }
        static var yearFollowers: Self { Self(bit: 43) }
        static var yearCues: Self { Self(bit: 44) }
        static var the: Self { Self(bit: 45) }
        static var of: Self { Self(bit: 46) }
        static var and: Self { Self(bit: 47) }
        static var a: Self { Self(bit: 48) }
        static var half: Self { Self(bit: 49) }
        static var hourWords: Self { Self(bit: 50) }
        static var per: Self { Self(bit: 51) }
        static var cent: Self { Self(bit: 52) }
        static var percentagePoints: Self { Self(bit: 53) }
        static var couple: Self { Self(bit: 54) }
        static var century: Self { Self(bit: 55) }
        static var tonight: Self { Self(bit: 56) }
        static var oClock: Self { Self(bit: 57) }
        static var local: Self { Self(bit: 58) }
        static var time: Self { Self(bit: 59) }
        static var pounds: Self { Self(bit: 60) }
        static var sterling: Self { Self(bit: 61) }
        static var tensWord: Self { Self(bit: 62) }
        static var minus: Self { Self(bit: 63) }

        // Not looked up but derived from a hyphenated token's parts.
        /// "twenty-five": tens, a hyphen, a unit.
        static var numberCompound: Self { Self(bit: 64) }
        /// "twenty-first": tens, a hyphen, an ordinal unit.
        static var ordinalCompound: Self { Self(bit: 65) }
        /// A word with a hyphen in it ("10-year-old", "mid-2020"), which may start a mention
        /// whatever its parts are.
        static var hyphenated: Self { Self(bit: 66) }

        static var pence: Self { Self(bit: 67) }
        static var holidays: Self { Self(bit: 68) }
        static var holidayDayNames: Self { Self(bit: 69) }
        static var holidayTails: Self { Self(bit: 70) }
        static var new: Self { Self(bit: 71) }
        static var irregularPlurals: Self { Self(bit: 72) }
        static var currencyAbbreviations: Self { Self(bit: 73) }
        static var fractions: Self { Self(bit: 74) }
    }

    /// The classes a rule tests first, at the token where its mention would start (`Scanner.mayStart`).
    /// The rest (units, scales, cues such as "in" and "of", tails such as "ago") are only ever
    /// read before or after such a token, so a word of no other class starts nothing: skipping
    /// it changes no answer and spares the rules most of a sentence's short words.
    static let startClasses: WordClass = [
        // Dates and times.
        .the, .edgeModifiers, .relativeModifiers, .dateWords, .tonight, .weekdays, .months, .ambiguousMonths,
        .monthAbbreviationsWithPeriod, .monthAbbreviations, .seasons, .clockWords, .half, .vagueDurationCounts, .a,
        .holidays, .holidayDayNames, .new,
        // Ordinals and number words ("twenty-first", "two", "a million").
        .ordinals, .ordinalCompound, .units, .zero, .teens, .tens, .numberCompound,
        // Money, quantities and vague counts.
        .currencyPrefixes, .currencyCodes, .currencyAbbreviations, .minus, .vagueCounts,
    ]

    static let yearKey = WordList.key("year")

    /// Word key → every class the word belongs to.
    static let wordClasses: HashTable<WordClass> = {
        var table: [UInt64: WordClass] = [:]
        for (wordClass, words) in classWords {
            for word in words { table[WordList.key(word), default: []].insert(wordClass) }
        }
        return HashTable(table, empty: [])
    }()

    private static let classWords: [(WordClass, [String])] = [
        (.weekdays, ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]),
        // Full month names other than "May" and "March", which are also a verb and a noun.
        (
            .months,
            [
                "january", "february", "april", "june", "july", "august", "september", "october", "november", "december",
            ]
        ),
        (.ambiguousMonths, ["may", "march"]),
        // "Jan." keeps its period as a token (see `Tokenizer.nameAbbreviations`): unmistakably a month.
        (
            .monthAbbreviationsWithPeriod,
            [
                "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
            ]
        ),
        // "Jan" is also a first name and "Mar" a word, so without a period these need a day after them.
        (.monthAbbreviations, ["jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]),
        // Words before "May"/"March" that make the month reading safe ("in May", "since March").
        (
            .monthCues,
            [
                "in", "since", "until", "till", "by", "from", "of", "early", "late", "mid", "last", "next", "this",
                "through", "before", "after", "during", "on", "between", "and", "to", "for",
            ]
        ),
        (.relativeModifiers, ["this", "last", "next", "past", "coming", "previous", "following", "recent"]),
        // "earlier this month", "late last year", "early 2020".
        (.edgeModifiers, ["earlier", "later", "early", "late", "mid"]),
        // Units whose durations OntoNotes counts as DATE (a day or longer).
        (
            .dateUnits,
            [
                "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century",
                "centuries", "weekend", "weekends", "quarter", "quarters", "season", "seasons", "fortnight", "fortnights", "millennium",
            ]
        ),
        (.seasons, ["spring", "summer", "autumn", "fall", "winter"]),
        // Parts of a day are TIME in OntoNotes ("this morning", "Friday night").
        (.dayParts, ["morning", "afternoon", "evening", "night", "overnight"]),
        (.dateWords, ["today", "yesterday", "tomorrow"]),
        // Words after a duration that belong to the date ("two weeks ago", "10 years old").
        (.durationTails, ["ago", "earlier", "later", "old", "long"]),
        // Durations under a day, which OntoNotes counts as TIME.
        (.timeUnits, ["hour", "hours", "minute", "minutes", "seconds", "hrs", "mins", "secs"]),
        (.clockWords, ["noon", "midnight", "midday"]),
        (.meridiems, ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"]),
        (.timeZones, ["gmt", "bst", "utc", "et", "est", "edt", "pt", "pst", "pdt", "cet", "cest", "ct", "cst", "cdt"]),
        // Scale words that multiply a number wherever they appear.
        // "Rs 6.2 crore", "15 lakh": South Asian scales (ten million, a hundred thousand).
        (
            .scales,
            ["thousand", "million", "billion", "trillion", "bn", "mn", "tn", "trn", "mln", "bln", "crore", "crores", "lakh", "lakhs"]
        ),
        // The parts a whole is cut into ("a third of", "two fifths"); "second" and "quarter" say
        // time more often.
        (
            .fractions,
            [
                "third", "thirds", "fifth", "fifths", "sixth", "sixths", "seventh", "sevenths", "eighth", "eighths",
                "ninth", "ninths", "tenth", "tenths",
            ]
        ),
        // Abbreviated currencies written before the amount, capitalised ("Rs 500", "Rs. 6.2 crore").
        (.currencyAbbreviations, ["rs", "rs."]),
        // Abbreviations that are a scale only after a currency ("£600m"); elsewhere "m" is metres.
        (.moneyScales, ["m", "b", "k", "mil"]),
        // Letters glued before a currency symbol ("US$", "A$", "HK$").
        (.currencyPrefixes, ["us", "a", "c", "nz", "hk", "s", "au", "ca", "r"]),
        (
            .currencyCodes,
            [
                "usd", "eur", "gbp", "jpy", "cny", "rmb", "chf", "inr", "rub", "aud", "cad", "hkd", "sgd", "nzd", "zar",
                "brl", "mxn", "krw", "try", "sek", "nok", "dkk", "pln",
            ]
        ),
        // Only a currency code before a number when written in capitals ("TRY" is also a word).
        (
            .currencyNames,
            [
                "dollar", "dollars", "euro", "euros", "cent", "cents", "pence", "penny", "yen", "yuan", "renminbi",
                "rupee", "rupees", "rouble", "roubles", "ruble", "rubles", "peso", "pesos", "franc", "francs", "lira",
                "rand", "naira", "shilling", "shillings", "dirham", "dirhams", "riyal", "riyals", "dinar", "dinars",
                "hryvnia", "hryvnias", "zloty", "zlotys", "krona", "kronor", "krone", "kroner", "baht", "ringgit",
                "rupiah", "sterling", "usd", "eur", "gbp", "jpy", "chf", "inr", "rub", "aud", "cad", "hkd",
                "crown", "crowns", "forint", "forints", "koruna", "korunas", "kuna", "leu", "lei", "lev",
            ]
        ),
        // "pounds" weighs or pays; these neighbours say it pays.
        (
            .poundsMoneyCues,
            [
                "paid", "pay", "pays", "fined", "fine", "cost", "costs", "worth", "earn", "earns", "earned", "raised",
                "priced", "spent", "spend", "salary", "bid", "offered", "donated", "charged", "owed", "owes", "sterling",
            ]
        ),
        // Nationality words between a number and a currency ("5 million US dollars").
        (
            .currencyQualifiers,
            [
                "us", "u.s.", "canadian", "australian", "singapore", "hong", "new", "zealand", "norwegian", "swedish",
                "danish", "czech", "icelandic", "swiss", "mexican", "hungarian",
            ]
        ),
        (.percentWords, ["percent", "pct", "pc", "percentage"]),
        // Measurement units. "pounds" is here too: a weight unless a money cue says otherwise.
        (
            .quantityUnits,
            [
                "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre", "metres",
                "meter", "meters", "cm", "mm", "centimetre", "centimetres", "centimeter", "centimeters", "millimetre",
                "millimetres", "millimeter", "millimeters", "feet", "foot", "ft", "inch", "inches", "yard", "yards",
                "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos", "gram", "grams",
                "tonne", "tonnes", "ton", "tons", "pound", "pounds", "lb", "lbs", "ounce", "ounces", "oz", "litre",
                "litres", "liter", "liters", "gallon", "gallons", "barrel", "barrels", "bpd", "mph", "kph", "km/h",
                "knots", "degree", "degrees", "acre", "acres", "hectare", "hectares", "megawatt", "megawatts", "mw",
                "gigawatt", "gigawatts", "gw", "kilowatt", "kilowatts", "kw", "kwh", "watts", "volts", "calories",
                "gigabytes", "gb", "terabytes", "tb", "megabytes", "mb", "decibels", "carats", "nautical", "sq",
                "square", "cubic", "megatonnes", "megatons", "kilotons", "kilotonnes",
            ]
        ),
        // Words that make the following unit a two-word unit ("square miles").
        (.unitPrefixes, ["square", "cubic", "nautical", "sq"]),
        (.temperatureScales, ["c", "f", "celsius", "fahrenheit", "centigrade"]),
        // "50 miles per hour", "1.5 million barrels a day".
        (.rateWords, ["per", "a", "an"]),
        (.rateUnits, ["hour", "day", "second", "year", "week", "month", "minute"]),
        (
            .units,
            [
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            ]
        ),
        (
            .teens,
            [
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            ]
        ),
        (.tens, ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]),
        (.wordScales, ["hundred", "thousand", "million", "billion", "trillion", "dozen"]),
        (.zero, ["zero"]),
        // Plural scales that stand for a vague count ("dozens", "tens of thousands").
        (.vagueCounts, ["tens", "dozens", "hundreds", "thousands", "millions", "billions", "trillions"]),
        (.vagueCountTails, ["thousands", "millions", "billions", "trillions"]),
        // Counts that stand where a number would in a duration ("several years", "a few days").
        (.vagueDurationCounts, ["several", "few", "many"]),
        (
            .ordinals,
            [
                "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
                "ninetieth", "hundredth", "thousandth", "millionth",
            ]
        ),
        (.ordinalUnits, ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]),
        // Before "one" these make it a pronoun, not a count ("no one", "the one", "this one").
        (
            .pronounOneBefore,
            [
                "no", "the", "this", "that", "any", "every", "each", "which", "loved", "little", "someone", "another",
            ]
        ),
        (.pronounOneAfter, ["another", "'s", "’s"]),
        // "No. 10", "# 1": a number that labels rather than counts.
        (.labelWords, ["no.", "no", "nos.", "number", "#", "page", "p.", "pp.", "room", "route", "flight"]),
        // After a lone four-digit number these still read as a year ("in 2016 the company").
        (
            .yearFollowers,
            [
                "and", "or", "the", "a", "an", "to", "in", "on", "at", "for", "with", "when", "as", "was", "were", "is",
                "has", "had", "after", "before", "but", "by", "of", "from", "that", "which", "while", "season", "election",
                "elections", "census", "budget", "campaign", "level", "levels", "figures", "until", "through", "onwards",
                "he", "she", "it", "they", "we", "i", "there", "this", "his", "her", "their", "its", "alone", "will",
            ]
        ),
        // Before a lone four-digit number these make it a year ("since 1996", "in 2016").
        (
            .yearCues,
            [
                "in", "since", "by", "until", "till", "of", "from", "to", "before", "after", "during", "through", "for",
                "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter", "year", "fiscal", "circa", "c.",
                "around", "between", "and", "back", "in-", "season", "class",
            ]
        ),
        (.the, ["the"]),
        (.of, ["of"]),
        (.and, ["and"]),
        (.a, ["a", "an"]),
        (.half, ["half"]),
        (.hourWords, ["hour", "minute"]),
        (.per, ["per"]),
        (.cent, ["cent"]),
        (.percentagePoints, ["point", "points"]),
        (.couple, ["couple"]),
        (.century, ["century", "centuries", "millennium"]),
        (.tonight, ["tonight"]),
        (.oClock, ["o'clock", "o’clock"]),
        (.local, ["local"]),
        (.time, ["time"]),
        (.pounds, ["pounds", "pound"]),
        (.sterling, ["sterling"]),
        (.tensWord, ["tens"]),
        (.minus, ["minus", "negative"]),
        // "50p": pence glued to the figure, British copy's price of a stamp or a share.
        (.pence, ["p"]),
        // Holidays are dates in OntoNotes ("on Boxing Day", "this Christmas"): the feasts known
        // by one word, and the words that name a holiday with "Day" after them.
        (.holidays, ["christmas", "easter", "thanksgiving", "halloween", "hanukkah", "ramadan", "diwali", "passover", "hogmanay"]),
        (
            .holidayDayNames,
            [
                "boxing", "independence", "memorial", "labor", "labour", "remembrance", "armistice", "veterans", "election",
                "inauguration", "australia", "canada", "bastille", "anzac",
            ]
        ),
        (.holidayTails, ["day", "eve"]),
        (.new, ["new"]),
        (.irregularPlurals, ["people", "men", "women", "children", "police", "staff", "cattle", "feet", "teeth", "data", "personnel"]),
    ]
}
