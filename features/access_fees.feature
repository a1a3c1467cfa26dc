@documents
Feature: Paying for access: documents, docket reports and search results
  What viewing costs and how it is billed: "An access fee of $0.10 per page or $2.40 per document with
  an audio attachment ... will be assessed for access to this service." (cmecf-login-page.txt)

  As in PACER / CM/ECF (the Electronic Public Access fee schedule):
  - a document costs $0.10 a page, capped at the fee for 30 pages ($3.00), or $2.40 with an audio file
  - search results and docket reports are billed too, a page of them being 4,320 bytes
  - the 30-page cap applies to a docket report, which is tied to one case, and not to search results
  - judicial opinions are free, and so is the free look from an NEF
  - fees are billed quarterly; nothing is owed for a quarter whose charges are $30.00 or less
  - only an upgraded PACER account views this court's documents (pacer-registration-instructions.txt)

  Our choices:
  - a report counts 72 bytes for each line it lists (a case found, a docket entry): 60 lines make a page
  - part of a page is billed as a whole page, and a report is at least one page
  - a search by case number opens the case's docket report, billed as that report
  - a search by party name lists the cases found, billed as search results
  - a search that finds nothing costs nothing
  - every view of a report is billed, and shows its transaction receipt with it
  - a document's charge is shown on its receipt before it opens, and only opening it charges
  - the client code entered at sign-in is kept with every charge
  - a quarter's charges of every kind count together; a quarter of more than $30.00 is billed in full
  - the quarters are the calendar's: January to March, April to June, July to September, October to December

  Background:
    Given Pat is a viewer with a PACER login
    And case 1:24-cv-00031 "Acme Imports, Inc. v. United States" is on file

  Rule: a document costs $0.10 a page, capped at 30 pages, or $2.40 with an audio file

    @L17
    Scenario Outline: The charge depends on the pages and on an audio attachment
      Given document 7 of <pages> pages <audio> is filed in case 1:24-cv-00031
      When Pat signs in with a PACER login
      And Pat opens document 7 of case 1:24-cv-00031
      Then Pat is shown a charge of <fee> before viewing document 7
      When Pat views the document
      Then Pat's billing history shows a charge of <fee> for document 7

      Examples:
        | pages | audio                    | fee   |
        | 1     | without an audio file    | $0.10 |
        | 14    | without an audio file    | $1.40 |
        | 30    | without an audio file    | $3.00 |
        | 45    | without an audio file    | $3.00 |
        | 2     | with an audio attachment | $2.40 |

    @L17
    Scenario: Looking at a document's receipt without opening the document costs nothing for it
      Given document 7 of 14 pages without an audio file is filed in case 1:24-cv-00031
      When Pat signs in with a PACER login
      And Pat opens document 7 of case 1:24-cv-00031
      Then Pat is shown a charge of $1.40 before viewing document 7
      And Pat's billing history shows no charge for document 7

  Rule: judicial opinions and free looks cost nothing

    @L17
    Scenario: A judicial opinion is free
      Given document 9 "Opinion and order" of 25 pages is filed in case 1:24-cv-00031, a judicial opinion
      When Pat signs in with a PACER login
      And Pat opens document 9 of case 1:24-cv-00031
      Then Pat is shown a charge of $0.00 before viewing document 9
      When Pat views the document
      Then Pat's billing history shows no charge for document 9

    @L05 @L17
    Scenario: A free look from an NEF costs nothing
      Given Avery is an attorney with a CM/ECF filer login
      And Avery is an attorney of record in case 1:24-cv-00031
      And document 8 "Order" of 20 pages is filed in case 1:24-cv-00031
      And an NEF for document 8 in case 1:24-cv-00031 was sent to Avery
      When Avery follows the free-look link and signs in as a filer
      Then Avery sees document 8 of case 1:24-cv-00031 as a free look
      And no charge is recorded for Avery

  Rule: a docket report costs $0.10 for every 4,320 bytes, at most 30 pages

    @L17
    Scenario Outline: A docket report of <entries> entries costs <fee>
      Given case 1:24-cv-00031 has <entries> docket entries
      When Pat signs in with a PACER login
      And Pat searches for case 1:24-cv-00031
      Then Pat sees the docket report of case 1:24-cv-00031, billed <pages> pages for <fee>
      And Pat's billing history shows a charge of <fee> for the docket report of case 1:24-cv-00031

      Examples:
        | entries | pages | fee   |
        | 0       | 1     | $0.10 |
        | 1       | 1     | $0.10 |
        | 60      | 1     | $0.10 |
        | 61      | 2     | $0.20 |
        | 1801    | 30    | $3.00 |

  Rule: search results cost $0.10 for every 4,320 bytes, with no cap

    @L17
    Scenario Outline: Search results listing <cases> cases cost <fee>
      Given <cases> cases with "Brightline Trading" as a party are on file
      When Pat signs in with a PACER login
      And Pat searches for cases with party name "Brightline"
      Then Pat sees <cases> cases found, billed <pages> pages for <fee>
      And Pat's billing history shows a charge of <fee> for the search for party name "Brightline"

      Examples:
        | cases | pages | fee   |
        | 1     | 1     | $0.10 |
        | 61    | 2     | $0.20 |
        | 1801  | 31    | $3.10 |

    @L17
    Scenario: A search that finds nothing costs nothing
      When Pat signs in with a PACER login
      And Pat searches for cases with party name "Nobody Anywhere"
      Then Pat is told beside the Party name field "No case with a party named Nobody Anywhere was found."
      And Pat's billing history shows no charges

  Rule: only an upgraded PACER account views the court's documents

    @R02 @R04 @L08
    Scenario: A legacy PACER account must be upgraded before it views documents
      Given Lee has a legacy PACER account created before August 11, 2014
      And document 7 of 14 pages without an audio file is filed in case 1:24-cv-00031
      When Lee signs in with a PACER login
      And Lee searches for a case
      Then Lee is told "An upgraded PACER account is needed to view documents on this court's CM/ECF system."
      When Lee upgrades the PACER account
      And Lee opens document 7 of case 1:24-cv-00031
      Then Lee is shown a charge of $1.40 before viewing document 7

  Rule: the client code entered at sign-in goes with every charge

    @L14 @L17
    Scenario: The client code entered at sign-in is on the document's receipt
      Given document 7 of 14 pages without an audio file is filed in case 1:24-cv-00031
      When Pat signs in with a PACER login and client code "ACME-0042"
      And Pat opens document 7 of case 1:24-cv-00031
      Then the receipt shows client code "ACME-0042"

    @L14 @L17
    Scenario: The search, the docket report and the document are each charged with the client code
      Given document 7 of 14 pages without an audio file is filed in case 1:24-cv-00031
      When Pat signs in with a PACER login and client code "ACME-0042"
      And Pat searches for cases with party name "Acme"
      And Pat opens the docket report of case 1:24-cv-00031 from the search results
      And Pat views every document on the docket report
      Then Pat's billing history shows a charge of $0.10 for the search for party name "Acme" with client code "ACME-0042"
      And Pat's billing history shows a charge of $0.10 for the docket report of case 1:24-cv-00031 with client code "ACME-0042"
      And Pat's billing history shows a charge of $1.40 for document 7 with client code "ACME-0042"

  Rule: a quarter's charges of every kind are not billed up to $30.00, and are billed in full above it

    @L17
    Scenario Outline: A quarter of searches, docket reports and documents coming to <charged> owes <due>
      Given <documents> are filed in case 1:24-cv-00031
      When Pat signs in with a PACER login
      And Pat searches for cases with party name "Acme"
      And Pat opens the docket report of case 1:24-cv-00031 from the search results
      And Pat views every document on the docket report
      Then Pat's billing history shows <charged> charged this quarter and <due> due

      Examples:
        | documents                                 | charged | due    |
        | 9 documents of 30 pages and 1 of 28 pages | $30.00  | $0.00  |
        | 9 documents of 30 pages and 1 of 29 pages | $30.10  | $30.10 |

    @L17
    Scenario Outline: A quarter's charges are those made in it, through its last day
      Given it is 11 p.m. on March 31, 2026
      And 9 documents of 30 pages and 1 of 29 pages are filed in case 1:24-cv-00031
      When Pat signs in with a PACER login
      And Pat searches for cases with party name "Acme"
      And Pat opens the docket report of case 1:24-cv-00031 from the search results
      And Pat views every document on the docket report
      And it is <moment>
      Then Pat's billing history shows <charged> charged this quarter and <due> due

      Examples:
        | moment                    | charged | due    |
        | 11 p.m. on March 31, 2026 | $30.10  | $30.10 |
        | 1 a.m. on April 1, 2026   | $0.00   | $0.00  |
