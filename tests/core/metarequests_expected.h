#pragma once

// Expected Cloud API bodies for tst_metarequests, written by hand from the examples in
// shared/reference/providers.md §2.2. Kept apart because moc cannot read multi-line raw strings.

inline constexpr char kText[] = R"({"messaging_product":"whatsapp","recipient_type":"individual",
            "to":"+16505551234","type":"text","text":{"preview_url":false,"body":"Hello"}})";

inline constexpr char kImage[] = R"({"messaging_product":"whatsapp",
            "recipient_type":"individual","to":"+16505551234","type":"image",
            "image":{"link":"https://example.com/a.jpg","caption":"x"}})";

inline constexpr char kDocument[] = R"({"messaging_product":"whatsapp",
            "recipient_type":"individual","to":"+16505551234","type":"document",
            "document":{"link":"https://example.com/invoice.pdf","filename":"invoice.pdf"}})";

inline constexpr char kAudio[] = R"({"messaging_product":"whatsapp",
            "recipient_type":"individual","to":"+16505551234","type":"audio","audio":{"link":"https://example.com/a.ogg"}})";

inline constexpr char kTemplate[] = R"({
            "messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"template",
            "template":{"name":"order_update","language":{"code":"en_US"},"components":[
              {"type":"header","parameters":[{"type":"image","image":{"link":"https://example.com/a.jpg"}}]},
              {"type":"body","parameters":[{"type":"text","text":"Ann"},{"type":"text","text":"#1234"},
                                            {"type":"text","text":"tenth"}]},
              {"type":"button","sub_type":"quick_reply","index":"0",
               "parameters":[{"type":"payload","payload":"ORDER_DETAILS"}]}]}})";

inline constexpr char kNamedTemplate[] = R"({
            "messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"template",
            "template":{"name":"order_pickup","language":{"code":"en"},"components":[
              {"type":"body","parameters":[{"type":"text","parameter_name":"first_name","text":"Ann"}]}]}})";

inline constexpr char kBareTemplate[] = R"({"messaging_product":"whatsapp",
            "recipient_type":"individual","to":"+16505551234","type":"template",
            "template":{"name":"hello_world","language":{"code":"en_US"}}})";

inline constexpr char kButtons[] = R"({"messaging_product":"whatsapp",
            "recipient_type":"individual","to":"+16505551234","type":"interactive",
            "interactive":{"type":"button","body":{"text":"Pick one"},
             "action":{"buttons":[{"type":"reply","reply":{"id":"a","title":"A"}},
                                  {"type":"reply","reply":{"id":"b","title":"B"}}]}}})";

inline constexpr char kList[] = R"({"messaging_product":"whatsapp","recipient_type":"individual",
            "to":"+16505551234","type":"interactive",
            "interactive":{"type":"list","header":{"type":"text","text":"H"},"body":{"text":"B"},"footer":{"text":"F"},
             "action":{"button":"Open","sections":[{"title":"S1","rows":[{"id":"r1","title":"Row 1","description":"d"}]}]}}})";
