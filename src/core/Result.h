// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"

#include <optional>
#include <utility>

namespace chamber {

// A value, or the problems that kept it from being made. Warnings may accompany a value.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(T value, Problems warnings) : m_value(std::move(value)), m_problems(std::move(warnings)) {}
    Result(Problem problem) : m_problems{std::move(problem)} {}
    Result(Problems problems) : m_problems(std::move(problems)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Problems &problems() const { return m_problems; }
    // The first error's message, for callers that show one line.
    QString firstError() const
    {
        for (const auto &p : m_problems)
            if (p.isError())
                return p.message;
        return {};
    }

private:
    std::optional<T> m_value;
    Problems m_problems;
};

// For operations that return nothing but may fail.
struct Done
{
};
using Status = Result<Done>;

inline Status success(Problems warnings = {})
{
    return Status(Done{}, std::move(warnings));
}

} // namespace chamber
