import Testing

@testable import Core

/// The numeric grammar on short invented sentences: each case is a sentence and the mentions it
/// must yield, written "text/TYPE" in order, so a failure shows the whole difference at once.
@Suite struct NumericGrammarTests {
    struct Example: CustomTestStringConvertible, Sendable {
        let text: String
        let expected: [String]
        init(_ text: String, _ expected: [String]) {
            self.text = text
            self.expected = expected
        }
        var testDescription: String { text }
    }

    func found(_ text: String) -> [String] {
        let document = read(text)
        return NumericGrammar().mentions(in: document).map { "\(document.text($0.range))/\($0.type.rawValue)" }
    }

    static let datesExamples: [Example] = [
        Example("The talks resumed on Thursday in Geneva.", ["Thursday/DATE"]),
        Example("Saturday was quiet.", ["Saturday/DATE"]),
        Example("The strike ended last Thursday.", ["last Thursday/DATE"]),
        Example("He will return next Thursday.", ["next Thursday/DATE"]),
        Example("The law takes effect in January.", ["January/DATE"]),
        Example("The vote is on Jan. 5 in the capital.", ["Jan. 5/DATE"]),
        Example("The vote was held on 5 January 2022 after delays.", ["5 January 2022/DATE"]),
        Example("Prices rose in January 2022 and fell later.", ["January 2022/DATE"]),
        Example("The deadline is Feb 19 for all bids.", ["Feb 19/DATE"]),
        Example("She was born on January 5, 1990, in Ohio.", ["January 5, 1990/DATE"]),
        Example("The company was founded in 1996 by two brothers.", ["1996/DATE", "two/CARDINAL"]),
        Example("In 2016 the company moved.", ["2016/DATE"]),
        Example("Sales fell this week.", ["this week/DATE"]),
        Example("Prices have doubled in recent years.", ["recent years/DATE"]),
        Example("The shops reopen on Boxing Day.", ["Boxing Day/DATE"]),
        Example("Turnout on Election Day was high.", ["Election Day/DATE"]),
        Example("Sales were weak this Christmas.", ["this Christmas/DATE"]),
        Example("The rising began on Easter Monday.", ["Easter Monday/DATE"]),
        Example("Fireworks lit the sky on New Year's Eve.", ["New Year's Eve/DATE"]),
        Example("They sailed to Easter Island.", []),
        Example("Sales fell last week and rose last year.", ["last week/DATE", "last year/DATE"]),
        Example("The plant opens next month.", ["next month/DATE"]),
        Example("This year will be hard.", ["This year/DATE"]),
        Example("He has 10 goals this season.", ["10/CARDINAL", "this season/DATE"]),
        Example("He arrived yesterday and leaves tomorrow, not today.", ["yesterday/DATE", "tomorrow/DATE", "today/DATE"]),
        Example("Music of the 1990s was louder.", ["the 1990s/DATE"]),
        Example("It was a hit in the ’90s.", ["the ’90s/DATE"]),
        Example("It was a hit in ’90s clubs.", ["’90s/DATE"]),
        Example("Prices doubled over the past two years.", ["the past two years/DATE"]),
        Example("He left two weeks ago.", ["two weeks ago/DATE"]),
        Example("The decision came earlier this month.", ["earlier this month/DATE"]),
        Example("The report was filed on 1996-08-30 in court.", ["1996-08-30/DATE"]),
        Example("The report was filed on 08/30/1996 in court.", ["08/30/1996/DATE"]),
        Example("This is the story of the 21st century.", ["the 21st century/DATE"]),
        Example("The boy, who is 10 years old, survived.", ["10 years old/DATE"]),
        Example("It was the 2016-17 season.", ["2016-17/DATE"]),
        Example("Talks stalled in early 2020.", ["early 2020/DATE"]),
        Example("She met him in May.", ["May/DATE"]),
        Example("A 10-year-old boy was hurt.", ["10-year-old/DATE"]),
        Example("The plan has been several years in the making.", ["several years/DATE"]),
        Example("He returned in the summer 2019 window.", ["summer 2019/DATE"]),
        Example("The vote is on Thursday, Jan. 5 in the capital.", ["Thursday, Jan. 5/DATE"]),
        Example("It opened on the 5th of January.", ["5th of January/DATE"]),
        Example("Growth slowed in mid-2020.", ["mid-2020/DATE"]),
        Example("The firm was sold a year ago.", ["a year ago/DATE"]),
        Example("The rally was late Thursday.", ["late Thursday/DATE"]),
        Example("It peaked in the late 1990s.", ["the late 1990s/DATE"]),
        Example("Talks continued through the next few days.", ["the next few days/DATE"]),
    ]

    static let timesExamples: [Example] = [
        Example("The meeting starts at 10 a.m. sharp.", ["10 a.m./TIME"]),
        Example("The meeting starts at 3:30 pm in the hall.", ["3:30 pm/TIME"]),
        Example("Doors open at noon and close at midnight.", ["noon/TIME", "midnight/TIME"]),
        Example("He spoke this morning.", ["this morning/TIME"]),
        Example("He will speak tonight.", ["tonight/TIME"]),
        Example("Shots were heard last night.", ["last night/TIME"]),
        Example("The siege lasted two hours.", ["two hours/TIME"]),
        Example("Wait 30 minutes before swimming.", ["30 minutes/TIME"]),
        Example("The race was over in 30 seconds.", ["30 seconds/TIME"]),
        Example("The blast came at 10:30 GMT on Friday.", ["10:30 GMT/TIME", "Friday/DATE"]),
        Example("The storm hit on Friday night.", ["Friday night/TIME"]),
        Example("She waited half an hour.", ["half an hour/TIME"]),
        Example("The train leaves at 7pm.", ["7pm/TIME"]),
    ]

    static let moneyExamples: [Example] = [
        Example("The deal was worth $1.13bn (£600m) in cash.", ["$1.13bn/MONEY", "£600m/MONEY"]),
        Example("He paid €5 for it.", ["€5/MONEY"]),
        Example("The contractor was paid Rs 6.2 crore in March.", ["Rs 6.2 crore/MONEY", "March/DATE"]),
        Example("The body spent Rs. 48 crore and ₹2.5 crore on roads.", ["Rs. 48 crore/MONEY", "₹2.5 crore/MONEY"]),
        Example("The fund raised $3 million.", ["$3 million/MONEY"]),
        Example("It cost 1.5 billion dollars to build.", ["1.5 billion dollars/MONEY"]),
        Example("Bread rose by 50 cents.", ["50 cents/MONEY"]),
        Example("The fine was 5,000 euros.", ["5,000 euros/MONEY"]),
        Example("The bid values each share at 212 Norwegian crowns.", ["212 Norwegian crowns/MONEY"]),
        Example("The firm is worth 31.6 billion crowns.", ["31.6 billion crowns/MONEY"]),
        Example("A first-class stamp will rise by 2p to 62p.", ["2p/MONEY", "62p/MONEY"]),
        Example("Shares closed 4.5p higher.", ["4.5p/MONEY"]),
        Example("Tickets cost US$ 20 each.", ["US$ 20/MONEY"]),
        Example("He was fined 500 pounds by the court.", ["500 pounds/MONEY"]),
        Example("The club spent 40 million pounds on him.", ["40 million pounds/MONEY"]),
        Example("The fish weighed 10 pounds.", ["10 pounds/QUANTITY"]),
        Example("The bill is EUR 200 a month.", ["EUR 200/MONEY"]),
    ]

    static let percentsExamples: [Example] = [
        Example("Turnout was 76% in the city.", ["76%/PERCENT"]),
        Example("Turnout was 76 percent in the city.", ["76 percent/PERCENT"]),
        Example("Turnout was 76 per cent in the city.", ["76 per cent/PERCENT"]),
        Example("Rates rose 3.5 percentage points.", ["3.5 percentage points/PERCENT"]),
        Example("Only five percent agreed.", ["five percent/PERCENT"]),
    ]

    static let quantitiesExamples: [Example] = [
        Example("The road is 5 km long.", ["5 km/QUANTITY"]),
        Example("They walked 10 miles.", ["10 miles/QUANTITY"]),
        Example("The ship carried 300 tonnes of grain.", ["300 tonnes/QUANTITY"]),
        Example("Output fell by 2,000 barrels.", ["2,000 barrels/QUANTITY"]),
        Example("It was 20 degrees in the shade.", ["20 degrees/QUANTITY"]),
        Example("The wall is 3 metres high.", ["3 metres/QUANTITY"]),
        Example("He lost 12 kilograms.", ["12 kilograms/QUANTITY"]),
        Example("The limit is 50 mph here.", ["50 mph/QUANTITY"]),
        Example("Output is 1.5 million barrels a day.", ["1.5 million barrels a day/QUANTITY"]),
        Example("It was minus 5 degrees Celsius overnight.", ["minus 5 degrees Celsius/QUANTITY"]),
        Example("It was 20°C outside.", ["20°C/QUANTITY"]),
        Example("The fire burned 500 square miles.", ["500 square miles/QUANTITY"]),
    ]

    static let ordinalsExamples: [Example] = [
        Example("It was the first time and the second attempt.", ["first/ORDINAL", "second/ORDINAL"]),
        Example("She finished 21st and he was 3rd.", ["21st/ORDINAL", "3rd/ORDINAL"]),
        Example("The tenth round was the twentieth of the year.", ["tenth/ORDINAL", "twentieth/ORDINAL"]),
        Example("It is the twenty-first edition.", ["twenty-first/ORDINAL"]),
    ]

    static let cardinalsExamples: [Example] = [
        Example("Inflation fell by a third.", ["a third/CARDINAL"]),
        Example("About one third of homes and two fifths of flats were empty.", ["one third/CARDINAL", "two fifths/CARDINAL"]),
        Example("She won a third term.", ["third/ORDINAL"]),
        Example("About 15 lakh people were affected.", ["15 lakh/CARDINAL"]),
        Example("Police arrested 12 men.", ["12/CARDINAL"]),
        Example("There were 1,000 people and 3.5 goats.", ["1,000/CARDINAL", "3.5/CARDINAL"]),
        Example("Two men were hurt.", ["Two/CARDINAL"]),
        Example("Dozens of people gathered.", ["Dozens/CARDINAL"]),
        Example("Tens of thousands of troops massed.", ["Tens of thousands/CARDINAL"]),
        Example("Hundreds of homes were lost.", ["Hundreds/CARDINAL"]),
        Example("Millions of people voted.", ["Millions/CARDINAL"]),
        Example("The 12 Federal Reserve districts reported.", ["12/CARDINAL"]),
        Example("She is one of the best.", ["one/CARDINAL"]),
        Example("There were two hundred and fifty protesters.", ["two hundred and fifty/CARDINAL"]),
        Example("About 3 million people live there.", ["3 million/CARDINAL"]),
        Example("They won 3-1 at home.", ["3-1/CARDINAL"]),
        Example("A dozen eggs broke.", ["A dozen/CARDINAL"]),
        Example("There were twenty-five of them.", ["twenty-five/CARDINAL"]),
        Example("About 2000 people marched.", ["2000/CARDINAL"]),
        Example("A hundred was not enough.", ["A hundred/CARDINAL"]),
        Example(
            "Apple sold 50m phones, up 5pc from 45m a year earlier.",
            ["50m/CARDINAL", "5pc/PERCENT", "45m/CARDINAL", "a year earlier/DATE"]),
        Example("The S&P 500 lost 2 percent.", ["2 percent/PERCENT"]),
    ]

    static let negativesExamples: [Example] = [
        Example("No one came, and they helped one another.", []),
        Example("This one is better than the one before.", []),
        Example("COVID-19 cases rose among G7 members flying F-16 jets.", []),
        Example("Call 555-123-4567 now.", []),
        Example("He lives at No. 10 with staff.", []),
        Example("She may march with us.", []),
        Example("He played Windows 2000 games.", []),
        Example("The tens were sorted.", []),
        Example("May I ask a question?", []),
        Example("Take the pill twice a day.", []),
        Example("The march drew a crowd.", []),
        Example("It was a week of talks.", []),
    ]

    @Test(arguments: datesExamples) func dates(_ example: Example) { #expect(found(example.text) == example.expected) }
    @Test(arguments: timesExamples) func times(_ example: Example) { #expect(found(example.text) == example.expected) }
    @Test(arguments: moneyExamples) func money(_ example: Example) { #expect(found(example.text) == example.expected) }
    @Test(arguments: percentsExamples) func percents(_ example: Example) { #expect(found(example.text) == example.expected) }
    @Test(arguments: quantitiesExamples) func quantities(_ example: Example) { #expect(found(example.text) == example.expected) }
    @Test(arguments: ordinalsExamples) func ordinals(_ example: Example) { #expect(found(example.text) == example.expected) }
    @Test(arguments: cardinalsExamples) func cardinals(_ example: Example) { #expect(found(example.text) == example.expected) }
    @Test(arguments: negativesExamples) func negatives(_ example: Example) { #expect(found(example.text) == example.expected) }

    @Test func namesWinOverNumbers() {
        let document = read("Tokyo 2020 was moved to 2021.")
        let name = EntityMention(range: 0..<10, tokens: 0..<2, type: .event)
        let merged = NumericGrammar().merged(into: [name], document: document)
        #expect(merged.map { "\(document.text($0.range))/\($0.type.rawValue)" } == ["Tokyo 2020/EVENT", "2021/DATE"])
    }

    /// Long runs must stay linear: every rule looks a bounded distance ahead.
    @Test func longInputCompletes() {
        let pieces = [
            "12", "two", "hundred", "thousand", "and", "1,000", "3.5", "million", "$", "%", "-", "/", "1996", "May", "the", "past", "years",
            "tens", "of",
        ]
        var generator = SplitMix64(state: 7)
        var text = ""
        while text.utf8.count < 200_000 {
            text += pieces[Int(generator.next() % UInt64(pieces.count))]
            text += generator.next() % 3 == 0 ? "" : " "
        }
        let document = read(text)
        let mentions = NumericGrammar().mentions(in: document)
        #expect(!mentions.isEmpty)
    }

    /// Whatever the input, mentions lie on token boundaries inside the text and never overlap.
    @Test func randomInputYieldsWellFormedMentions() {
        let pieces = [
            "12", "two", "hundred", "and", "1,000", "3.5", "million", "bn", "$", "£", "%", "-", "/", ":", "1996", "08",
            "May", "January", "Jan.", "the", "past", "last", "this", "week", "years", "ago", "tens", "of", "thousands",
            "one", "no", "first", "21st", "century", "a.m.", "pm", "’90s", "1990s", "per", "cent", "km", "°", "C",
            "Monday", "night", "half", "an", "hour", "US", "dollars", "pounds", ".", ",", "\n\n", "Mr.", "No.",
        ]
        var generator = SplitMix64(state: 42)
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<(generator.next() % 60) {
                text += pieces[Int(generator.next() % UInt64(pieces.count))]
                if generator.next() % 4 != 0 { text += " " }
            }
            let document = read(text)
            let starts = Set(document.tokens.map { Int($0.start) })
            let ends = Set(document.tokens.map { Int($0.end) })
            let mentions = NumericGrammar().mentions(in: document)
            var previousEnd = 0
            for mention in mentions {
                #expect(starts.contains(mention.range.lowerBound) && ends.contains(mention.range.upperBound), "\(text)")
                #expect(mention.range.upperBound <= document.normalized.count)
                #expect(mention.range.lowerBound >= previousEnd, "overlap in \(text)")
                #expect(Int(document.tokens[mention.tokens.lowerBound].start) == mention.range.lowerBound)
                #expect(Int(document.tokens[mention.tokens.upperBound - 1].end) == mention.range.upperBound)
                previousEnd = mention.range.upperBound
            }
        }
    }
}
