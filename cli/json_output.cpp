#include "cli/json_output.h"

namespace kg::cli {

void print_json(std::ostream& out, const std::function<void(graph::JsonWriter&)>& write_members) {
    rapidjson::StringBuffer buffer;
    graph::JsonWriter writer(buffer);
    writer.StartObject();
    writer.Key("schema");
    writer.Uint(kJsonSchema);
    write_members(writer);
    writer.EndObject();
    out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
    out << '\n';
}

void write_text(graph::JsonWriter& writer, const std::string& text) { graph::write_string(writer, text, "kg's output"); }

void write_text_or_null(graph::JsonWriter& writer, const std::string& text) {
    if (text.empty())
        writer.Null();
    else
        write_text(writer, text);
}

void print_json_error(std::ostream& out, ExitCode code, const std::string& message,
                      const std::vector<graph::Node>& candidates) {
    print_json(out, [&](graph::JsonWriter& w) {
        w.Key("error");
        w.StartObject();
        w.Key("exit_code");
        w.Int(code);
        w.Key("message");
        write_text(w, message);
        w.Key("candidates");
        w.StartArray();
        for (const auto& candidate : candidates) graph::write_entity(w, candidate);
        w.EndArray();
        w.EndObject();
    });
}

}  // namespace kg::cli
