/*
 * Every Admin GraphQL document the catalog sends. `admin-schema.test.ts` validates each against Shopify's
 * Admin schema for the version the client targets, so a renamed or removed field fails a test, not a sync.
 *
 * Variant images are left out: a variant's `media` would be a third level of connections, which bulk
 * operations refuse, and the product's images cover what shoppers and prompts need.
 */

/** What the paginated path and webhook refetches read; `bulkProductsQuery` reads the same fields. */
export const productFields = /* GraphQL */ `
  fragment AisleProductFields on Product {
    id
    handle
    title
    descriptionHtml
    vendor
    productType
    tags
    status
    publishedAt
    onlineStoreUrl
    updatedAt
    options {
      name
      values
    }
    category {
      id
      name
      fullName
    }
  }
`;

export const variantFields = /* GraphQL */ `
  fragment AisleVariantFields on ProductVariant {
    id
    sku
    title
    price
    compareAtPrice
    availableForSale
    inventoryQuantity
    selectedOptions {
      name
      value
    }
  }
`;

/** Connections under a product in the paginated path; bounded so one page stays under the query cost limit. */
const nestedConnections = /* GraphQL */ `
    variants(first: $variantsFirst) {
      nodes {
        ...AisleVariantFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    collections(first: 10) {
      nodes {
        id
        title
        handle
      }
    }
    metafields(first: 20) {
      nodes {
        namespace
        key
        type
        value
      }
    }
    media(first: 5, query: "media_type:IMAGE") {
      nodes {
        ... on MediaImage {
          image {
            url
            altText
          }
        }
      }
    }
`;

export const shopQuery = /* GraphQL */ `
  query AisleShop {
    shop {
      currencyCode
      primaryDomain {
        url
      }
    }
  }
`;

export const productsCountQuery = /* GraphQL */ `
  query AisleProductsCount($query: String) {
    productsCount(query: $query, limit: null) {
      count
      precision
    }
  }
`;

export const productsPageQuery = /* GraphQL */ `
  query AisleProductsPage($first: Int!, $after: String, $query: String, $variantsFirst: Int!) {
    products(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
      nodes {
        ...AisleProductFields
        ${nestedConnections}
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${productFields}
  ${variantFields}
`;

export const productByIdQuery = /* GraphQL */ `
  query AisleProduct($id: ID!, $variantsFirst: Int!) {
    product(id: $id) {
      ...AisleProductFields
      ${nestedConnections}
    }
  }
  ${productFields}
  ${variantFields}
`;

/** The rest of a product's variants when it has more than one page of them. */
export const productVariantsQuery = /* GraphQL */ `
  query AisleProductVariants($id: ID!, $after: String) {
    product(id: $id) {
      variants(first: 250, after: $after) {
        nodes {
          ...AisleVariantFields
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
  ${variantFields}
`;

/**
 * The bulk export: the same fields with every connection unbounded (bulk queries take no `first`). Five
 * connections at most, two levels deep.
 */
export function bulkProductsQuery(search: string | undefined): string {
  const argument = search === undefined ? "" : `(query: ${JSON.stringify(search)})`;
  return /* GraphQL */ `
  {
    products${argument} {
      edges {
        node {
          id
          handle
          title
          descriptionHtml
          vendor
          productType
          tags
          status
          publishedAt
          onlineStoreUrl
          updatedAt
          options {
            name
            values
          }
          category {
            id
            name
            fullName
          }
          variants {
            edges {
              node {
                id
                sku
                title
                price
                compareAtPrice
                availableForSale
                inventoryQuantity
                selectedOptions {
                  name
                  value
                }
              }
            }
          }
          collections {
            edges {
              node {
                id
                title
                handle
              }
            }
          }
          metafields {
            edges {
              node {
                namespace
                key
                type
                value
              }
            }
          }
          media(query: "media_type:IMAGE") {
            edges {
              node {
                ... on MediaImage {
                  image {
                    url
                    altText
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;
}

export const bulkOperationRunQueryMutation = /* GraphQL */ `
  mutation AisleBulkProductsRun($query: String!, $groupObjects: Boolean!) {
    bulkOperationRunQuery(query: $query, groupObjects: $groupObjects) {
      bulkOperation {
        id
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

export const bulkOperationQuery = /* GraphQL */ `
  query AisleBulkOperation($id: ID!) {
    bulkOperation(id: $id) {
      id
      status
      errorCode
      objectCount
      rootObjectCount
      url
      partialDataUrl
    }
  }
`;
