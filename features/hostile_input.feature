@security @sign-in
Feature: Hostile and malformed entries are refused politely on the sign-in forms
  A court's sign-in page is a target. Whatever a person types, the page answers with a clear
  message (beside the field where the field is at fault), keeps the person's other entries, never
  shows an error page or a stack trace, and shows what was typed as text, never as markup.
  Logins and e-mail addresses cannot contain control or formatting characters (which can
  disguise a name, such as a right-to-left override).

  Rule: the sign-in form

    @L03 @L08
    Scenario Outline: A sign-in with <entry> as the login is answered calmly
      Given a visitor is on the CM/ECF sign-in page
      When the visitor signs in with <entry> as the login and client code "ACME-1"
      Then the visitor is told <answer>
      And the client code "ACME-1" is still filled in
      And nothing the visitor typed ran as a script

      Examples:
        | entry                               | answer                                                                                 |
        | nothing but spaces                  | beside the CM/ECF or PACER login field "Enter your CM/ECF or PACER login."             |
        | a script tag                        | "Invalid username or password."                                                        |
        | an HTML image with an error handler | "Invalid username or password."                                                        |
        | an SQL injection                    | "Invalid username or password."                                                        |
        | right-to-left override text         | beside the CM/ECF or PACER login field "A login cannot contain line breaks or control characters." |
        | a tab character                     | beside the CM/ECF or PACER login field "A login cannot contain line breaks or control characters." |
        | an emoji                            | "Invalid username or password."                                                        |
        | Arabic script                       | "Invalid username or password."                                                        |
        | a template expression               | "Invalid username or password."                                                        |
        | a header-injection line break       | "Invalid username or password."                                                        |

    @L03 @L02
    Scenario: A script typed as the login is shown back as text and logged as text
      Given a visitor is on the CM/ECF sign-in page
      When the visitor signs in with a script tag as the login and client code "ACME-1"
      Then the login field shows the script tag as typed
      And the access log records the failed sign-in under that text

    @L14
    Scenario Outline: A client code with <entry> is refused beside the field
      Given Pat is a viewer with a PACER login
      When Pat signs in with a PACER login and a client code with <entry>
      Then Pat is told beside the Client code field "<message>"

      Examples:
        | entry                    | message                                                 |
        | a tab character          | A client code cannot contain spaces or commas.          |
        | right-to-left override text | A client code can contain only letters, digits and punctuation. |

  Rule: the lost-password form

    @L13
    Scenario Outline: A reset request with <entry> as the e-mail address is answered calmly
      Given Avery is an attorney with a CM/ECF filer login
      When Avery follows the lost-password link on the sign-in page
      And Avery asks for a reset link with their login and <entry> as the e-mail address
      Then Avery is told <answer>
      And no e-mail is sent to Avery

      Examples:
        | entry                       | answer                                                                                               |
        | nothing but spaces          | beside the E-mail address on the account field "Enter the e-mail address on your account."          |
        | right-to-left override text | beside the E-mail address on the account field "An e-mail address cannot contain line breaks or control characters." |
        | a script tag                | that a link was sent if the details match an account                                                |
        | an SQL injection            | that a link was sent if the details match an account                                                |
