@security @sign-in
Feature: Hostile and malformed entries are refused politely on the sign-in and document forms
  A court's sign-in page is a target, and so is every form behind it. Whatever a person types, the page
  answers with a clear message, keeps the person's other entries, never breaks into an error page, and
  shows what was typed back as plain text: a script typed into a field never runs.

  As in PACER / CM/ECF:
  - the sources are silent on hostile entries: the rules below are ours

  Our choices:
  - a message about one field stands beside that field
  - logins, e-mail addresses, document titles, case numbers and party names have no tabs, line breaks or control characters
  - a hidden right-to-left character, which can disguise a name, is such a control character
  - anything else is taken as typed and shown back as text
  - a search for a case number that is not on file says so beside the field, repeating the number searched for
  - a password is never shown back
  - a refused new password leaves the reset link working

  Where each example runs: "in Chromium and Firefox", in both browsers, where a script could run; "at the
  HTTP level", the same entries through the same form without a browser, the court's answer read from its page.

  Rule: the sign-in form

    @L03 @L08
    Scenario Outline: A login with <what> is refused with a message, never runs, and the client code stays
      Given a visitor is on the CM/ECF sign-in page
      When the visitor signs in with <what> as the login and client code "ACME-1"
      Then the visitor is told <answer>
      And the client code "ACME-1" is still filled in
      And nothing the visitor typed ran as a script

      Examples: in Chromium and Firefox
        | what                             | technically                  | answer                                                                                             |
        | a script                         | script tag                   | "Invalid username or password."                                                                    |
        | a hidden right-to-left character | U+202E override              | beside the CM/ECF or PACER login field "A login cannot contain line breaks or control characters." |

      @http
      Examples: at the HTTP level, without a browser
        | what                             | technically                  | answer                                                                                             |
        | only spaces                      | whitespace only              | beside the CM/ECF or PACER login field "Enter your CM/ECF or PACER login."                         |
        | a picture that runs a script     | img with onerror handler     | "Invalid username or password."                                                                    |
        | a database command               | SQL injection                | "Invalid username or password."                                                                    |
        | a tab                            | control character            | beside the CM/ECF or PACER login field "A login cannot contain line breaks or control characters." |
        | an emoji                         | ZWJ emoji sequence           | "Invalid username or password."                                                                    |
        | Arabic letters                   | right-to-left script         | "Invalid username or password."                                                                    |
        | a template placeholder           | template injection           | "Invalid username or password."                                                                    |
        | a forged line break              | URL-encoded header injection | "Invalid username or password."                                                                    |

    @L03 @L02
    Scenario: A script typed as the login is shown back as text and logged as typed
      Given a visitor is on the CM/ECF sign-in page
      When the visitor signs in with a script as the login and client code "ACME-1"
      Then the login field shows the script as typed
      And the access log records the failed sign-in under that text

    @L14
    Scenario Outline: A client code with <what> is refused beside the field
      Given Pat is a viewer with a PACER login
      When Pat signs in with a PACER login and a client code with <what>
      Then Pat is told beside the Client code field "<message>"

      Examples: in Chromium and Firefox
        | what                             | technically       | message                                                         |
        | a hidden right-to-left character | U+202E override   | A client code can contain only letters, digits and punctuation. |

      @http
      Examples: at the HTTP level, without a browser
        | what                             | technically       | message                                                         |
        | a tab                            | control character | A client code cannot contain spaces or commas.                  |

  Rule: the forgotten-password and reset-password forms

    @L13
    Scenario Outline: A reset request with <what> as the e-mail address is refused, and sends no e-mail
      Given Pat is a viewer with a PACER login and two security questions on file
      When Pat follows the lost-password link on the sign-in page
      And Pat asks for a reset link with their login, <what> as the e-mail address and their answers
      Then Pat is told <answer>
      And no e-mail is sent to Pat
      And nothing Pat typed ran as a script

      Examples: in Chromium and Firefox
        | what                             | technically     | answer                                                                                                                               |
        | a hidden right-to-left character | U+202E override | beside the E-mail address on the account field "An e-mail address cannot contain line breaks or control characters."                 |
        | a script                         | script tag      | "The details you entered do not match our records."                                                                                  |

      @http
      Examples: at the HTTP level, without a browser
        | what                             | technically     | answer                                                                                                                               |
        | only spaces                      | whitespace only | beside the E-mail address on the account field "Enter the e-mail address on your account, or your date of birth."                    |
        | a database command               | SQL injection   | "The details you entered do not match our records."                                                                                  |

    @L13
    Scenario Outline: A new password with <what> is refused beside the field, and the reset link still works
      Given Pat is a viewer with a PACER login and two security questions on file
      And Pat has received a password reset e-mail
      When Pat follows the reset link and chooses <what> as the new password
      Then Pat is told beside the New password field "<message>"
      And the new password is not shown back
      And nothing Pat typed ran as a script
      When Pat follows the reset link and chooses a new password
      Then Pat can sign in with the new password

      Examples: in Chromium and Firefox
        | what                             | technically        | message                                             |
        | a script                         | script tag         | Your password needs at least one upper-case letter. |
        | an emoji                         | ZWJ emoji sequence | Your password must be 14 to 45 characters long.     |

      @http
      Examples: at the HTTP level, without a browser
        | what                             | technically        | message                                             |
        | only spaces                      | whitespace only    | Choose a new password.                              |
        | a database command               | SQL injection      | Your password needs at least one lower-case letter. |
        | a hidden right-to-left character | U+202E override    | Your password must be 14 to 45 characters long.     |

  Rule: the filing form

    @L03
    Scenario Outline: A document title with <what> is refused beside the field, keeping the other entries
      Given Avery is an attorney with a CM/ECF filer login
      And Avery's CM/ECF filer login is linked to Avery's upgraded PACER account
      And Avery is an attorney of record in case 1:24-cv-00031
      When Avery signs in as a filer
      And Avery files a document of 9 pages in case 1:24-cv-00031 with <what> as its title
      Then Avery is told beside the Document title field "<message>"
      And the filing form still shows case 1:24-cv-00031 and 9 pages
      And nothing Avery typed ran as a script

      Examples: in Chromium and Firefox
        | what                             | technically       | message                                                   |
        | a hidden right-to-left character | U+202E override   | A title cannot contain line breaks or control characters. |

      @http
      Examples: at the HTTP level, without a browser
        | what                             | technically       | message                                                   |
        | only spaces                      | whitespace only   | Give the document a title.                                |
        | a tab                            | control character | A title cannot contain line breaks or control characters. |

    @L03
    Scenario Outline: A document title with <what> is filed as typed and shown as text
      Given Avery is an attorney with a CM/ECF filer login
      And Avery's CM/ECF filer login is linked to Avery's upgraded PACER account
      And Avery is an attorney of record in case 1:24-cv-00031
      When Avery signs in as a filer
      And Avery files a document of 9 pages in case 1:24-cv-00031 with <what> as its title
      Then Avery is told the document was filed under its title exactly as typed
      And nothing Avery typed ran as a script

      Examples: in Chromium and Firefox
        | what                         | technically              |
        | a script                     | script tag               |
        | a picture that runs a script | img with onerror handler |

      @http
      Examples: at the HTTP level, without a browser
        | what                         | technically              |
        | a database command           | SQL injection            |
        | a template placeholder       | template injection       |
        | Arabic letters               | right-to-left script     |

  Rule: the case search

    @L08
    Scenario Outline: A search for <what> as the case number is answered beside the field, shows no docket and costs nothing
      Given Pat is a viewer with a PACER login
      And case 1:24-cv-00031 "Acme Imports, Inc. v. United States" is on file
      When Pat signs in with a PACER login
      And Pat searches for <what> as the case number
      Then Pat is told beside the Case number field <answer>
      And the Case number field still shows what Pat typed
      And Pat is shown no docket
      And nothing Pat typed ran as a script
      And no charge is recorded for Pat

      Examples: in Chromium and Firefox
        | what                             | technically              | answer                                                            |
        | a hidden right-to-left character | U+202E override          | "A case number cannot contain line breaks or control characters." |
        | a script                         | script tag               | that no case has that number                                      |

      @http
      Examples: at the HTTP level, without a browser
        | what                             | technically              | answer                                                            |
        | only spaces                      | whitespace only          | "Enter a case number, such as 1:24-cv-00031, or a party name."    |
        | a picture that runs a script     | img with onerror handler | that no case has that number                                      |
        | a database command               | SQL injection            | that no case has that number                                      |
        | a template placeholder           | template injection       | that no case has that number                                      |
