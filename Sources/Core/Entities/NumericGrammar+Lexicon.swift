/// The closed word classes the numeric grammar reads. Kept apart from the grammar so the rules
/// stay short; every list is looked up by `WordList` hash, so no token becomes a `String`.
extension NumericGrammar {
    enum Words {
        static let weekdays = WordList(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])

        /// Full month names other than "May" and "March", which are also a verb and a noun.
        static let months = WordList([
            "january", "february", "april", "june", "july", "august", "september", "october", "november", "december",
        ])
        static let ambiguousMonths = WordList(["may", "march"])
        /// "Jan." keeps its period as a token (see `Tokenizer.nameAbbreviations`): unmistakably a month.
        static let monthAbbreviationsWithPeriod = WordList([
            "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
        ])
        /// "Jan" is also a first name and "Mar" a word, so without a period these need a day after them.
        static let monthAbbreviations = WordList(["jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])

        /// Words before "May"/"March" that make the month reading safe ("in May", "since March").
        static let monthCues = WordList([
            "in", "since", "until", "till", "by", "from", "of", "early", "late", "mid", "last", "next", "this",
            "through", "before", "after", "during", "on", "between", "and", "to", "for",
        ])

        static let relativeModifiers = WordList(["this", "last", "next", "past", "coming", "previous", "following"])
        /// "earlier this month", "late last year", "early 2020".
        static let edgeModifiers = WordList(["earlier", "later", "early", "late", "mid"])

        /// Units whose durations OntoNotes counts as DATE (a day or longer).
        static let dateUnits = WordList([
            "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century",
            "centuries", "weekend", "weekends", "quarter", "quarters", "season", "seasons", "fortnight", "fortnights", "millennium",
        ])
        static let seasons = WordList(["spring", "summer", "autumn", "fall", "winter"])
        /// Parts of a day are TIME in OntoNotes ("this morning", "Friday night").
        static let dayParts = WordList(["morning", "afternoon", "evening", "night", "overnight"])
        static let dateWords = WordList(["today", "yesterday", "tomorrow"])
        /// Words after a duration that belong to the date ("two weeks ago", "10 years old").
        static let durationTails = WordList(["ago", "earlier", "later", "old", "long"])

        /// Durations under a day, which OntoNotes counts as TIME.
        static let timeUnits = WordList(["hour", "hours", "minute", "minutes", "seconds", "hrs", "mins", "secs"])
        static let clockWords = WordList(["noon", "midnight", "midday"])
        static let meridiems = WordList(["a.m.", "p.m.", "am", "pm", "a.m", "p.m"])
        static let timeZones = WordList(["gmt", "bst", "utc", "et", "est", "edt", "pt", "pst", "pdt", "cet", "cest", "ct", "cst", "cdt"])

        /// Scale words that multiply a number wherever they appear.
        static let scales = WordList(["thousand", "million", "billion", "trillion", "bn", "mn", "tn", "trn", "mln", "bln"])
        /// Abbreviations that are a scale only after a currency ("£600m"); elsewhere "m" is metres.
        static let moneyScales = WordList(["m", "b", "k", "mil"])

        /// Letters glued before a currency symbol ("US$", "A$", "HK$").
        static let currencyPrefixes = WordList(["us", "a", "c", "nz", "hk", "s", "au", "ca", "r"])
        static let currencyCodes = WordList([
            "usd", "eur", "gbp", "jpy", "cny", "rmb", "chf", "inr", "rub", "aud", "cad", "hkd", "sgd", "nzd", "zar",
            "brl", "mxn", "krw", "try", "sek", "nok", "dkk", "pln",
        ])
        /// Only a currency code before a number when written in capitals ("TRY" is also a word).
        static let currencyNames = WordList([
            "dollar", "dollars", "euro", "euros", "cent", "cents", "pence", "penny", "yen", "yuan", "renminbi",
            "rupee", "rupees", "rouble", "roubles", "ruble", "rubles", "peso", "pesos", "franc", "francs", "lira",
            "rand", "naira", "shilling", "shillings", "dirham", "dirhams", "riyal", "riyals", "dinar", "dinars",
            "hryvnia", "hryvnias", "zloty", "zlotys", "krona", "kronor", "krone", "kroner", "baht", "ringgit",
            "rupiah", "sterling", "usd", "eur", "gbp", "jpy", "chf", "inr", "rub", "aud", "cad", "hkd",
        ])
        /// "pounds" weighs or pays; these neighbours say it pays.
        static let poundsMoneyCues = WordList([
            "paid", "pay", "pays", "fined", "fine", "cost", "costs", "worth", "earn", "earns", "earned", "raised",
            "priced", "spent", "spend", "salary", "bid", "offered", "donated", "charged", "owed", "owes", "sterling",
        ])
        /// Nationality words between a number and a currency ("5 million US dollars").
        static let currencyQualifiers = WordList(["us", "u.s.", "canadian", "australian", "singapore", "hong", "new", "zealand"])

        static let percentWords = WordList(["percent", "pct", "pc", "percentage"])

        /// Measurement units. "pounds" is here too: a weight unless a money cue says otherwise.
        static let quantityUnits = WordList([
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
        ])
        /// Words that make the following unit a two-word unit ("square miles").
        static let unitPrefixes = WordList(["square", "cubic", "nautical", "sq"])
        static let temperatureScales = WordList(["c", "f", "celsius", "fahrenheit", "centigrade"])
        /// "50 miles per hour", "1.5 million barrels a day".
        static let rateWords = WordList(["per", "a", "an"])
        static let rateUnits = WordList(["hour", "day", "second", "year", "week", "month", "minute"])

        static let units = WordList([
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        ])
        static let teens = WordList([
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ])
        static let tens = WordList(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
        static let wordScales = WordList(["hundred", "thousand", "million", "billion", "trillion", "dozen"])
        static let zero = WordList(["zero"])
        /// Plural scales that stand for a vague count ("dozens", "tens of thousands").
        static let vagueCounts = WordList(["tens", "dozens", "hundreds", "thousands", "millions", "billions", "trillions"])
        static let vagueCountTails = WordList(["thousands", "millions", "billions", "trillions"])
        /// Counts that stand where a number would in a duration ("several years", "a few days").
        static let vagueDurationCounts = WordList(["several", "few", "many"])

        static let ordinals = WordList([
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
            "ninetieth", "hundredth", "thousandth", "millionth",
        ])
        static let ordinalUnits = WordList(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"])

        /// Before "one" these make it a pronoun, not a count ("no one", "the one", "this one").
        static let pronounOneBefore = WordList([
            "no", "the", "this", "that", "any", "every", "each", "which", "loved", "little", "someone", "another",
        ])
        static let pronounOneAfter = WordList(["another", "'s", "’s"])
        /// "No. 10", "# 1": a number that labels rather than counts.
        static let labelWords = WordList(["no.", "no", "nos.", "number", "#", "page", "p.", "pp.", "room", "route", "flight"])

        /// After a lone four-digit number these still read as a year ("in 2016 the company").
        static let yearFollowers = WordList([
            "and", "or", "the", "a", "an", "to", "in", "on", "at", "for", "with", "when", "as", "was", "were", "is",
            "has", "had", "after", "before", "but", "by", "of", "from", "that", "which", "while", "season", "election",
            "elections", "census", "budget", "campaign", "level", "levels", "figures", "until", "through", "onwards",
            "he", "she", "it", "they", "we", "i", "there", "this", "his", "her", "their", "its", "alone", "will",
        ])
        /// Before a lone four-digit number these make it a year ("since 1996", "in 2016").
        static let yearCues = WordList([
            "in", "since", "by", "until", "till", "of", "from", "to", "before", "after", "during", "through", "for",
            "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter", "year", "fiscal", "circa", "c.",
            "around", "between", "and", "back", "in-", "season", "class",
        ])
        static let the = WordList(["the"])
        static let of = WordList(["of"])
        static let and = WordList(["and"])
        static let a = WordList(["a", "an"])
        static let half = WordList(["half"])
        static let hourWords = WordList(["hour", "minute"])
        static let per = WordList(["per"])
        static let cent = WordList(["cent"])
        static let percentagePoints = WordList(["point", "points"])
        static let couple = WordList(["couple"])
        static let century = WordList(["century", "centuries", "millennium"])
        static let night = WordList(["night"])
        static let tonight = WordList(["tonight"])
        static let oClock = WordList(["o'clock", "o’clock"])
        static let local = WordList(["local"])
        static let time = WordList(["time"])
        static let pounds = WordList(["pounds", "pound"])
        static let sterling = WordList(["sterling"])
        static let ago = WordList(["ago"])
        static let tensWord = WordList(["tens"])
        static let minus = WordList(["minus", "negative"])
    }
}
