#include <gtest/gtest.h>
#include "graph/property_graph.h"
TEST(PropertyGraph, Placeholder) { kg::PropertyGraph g; EXPECT_EQ(g.node_count(), 0u); }
