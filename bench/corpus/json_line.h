#pragma once
// One JSON object on one line, its members in the order they are added.

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>
#include <string_view>
#include <vector>

namespace kg::bench::corpus {

class JsonLine {
public:
    JsonLine() : writer_(buffer_) { writer_.StartObject(); }

    JsonLine& add(std::string_view key, std::string_view value) {
        this->key(key);
        writer_.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
        return *this;
    }
    // Without it a string literal would take the bool overload.
    JsonLine& add(std::string_view key, const char* value) { return add(key, std::string_view(value)); }
    JsonLine& add(std::string_view key, bool value) {
        this->key(key);
        writer_.Bool(value);
        return *this;
    }
    // VALUE, or null when it is empty.
    JsonLine& add_or_null(std::string_view key, std::string_view value) {
        if (!value.empty()) return add(key, value);
        this->key(key);
        writer_.Null();
        return *this;
    }
    JsonLine& add(std::string_view key, const std::vector<std::string>& values) {
        this->key(key);
        writer_.StartArray();
        for (const auto& value : values) writer_.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
        writer_.EndArray();
        return *this;
    }

    // The line, with its newline; the object is closed.
    std::string finish() {
        writer_.EndObject();
        return std::string(buffer_.GetString(), buffer_.GetSize()) + "\n";
    }

private:
    void key(std::string_view key) { writer_.Key(key.data(), static_cast<rapidjson::SizeType>(key.size())); }

    rapidjson::StringBuffer buffer_;
    rapidjson::Writer<rapidjson::StringBuffer> writer_;
};

}  // namespace kg::bench::corpus
