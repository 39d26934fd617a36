/* Admin GraphQL documents of the order source; validated against the Admin schema in `admin-schema.test.ts`. */

const money = /* GraphQL */ `
  presentmentMoney {
    amount
    currencyCode
  }
`;

export const orderFields = /* GraphQL */ `
  fragment AisleOrderFields on Order {
    id
    name
    number
    email
    createdAt
    processedAt
    cancelledAt
    cancelReason
    closedAt
    presentmentCurrencyCode
    displayFinancialStatus
    displayFulfillmentStatus
    discountCodes
    tags
    note
    customer {
      id
    }
    subtotalPriceSet { ${money} }
    totalDiscountsSet { ${money} }
    totalShippingPriceSet { ${money} }
    totalTaxSet { ${money} }
    totalPriceSet { ${money} }
    shippingLine {
      title
    }
    shippingAddress {
      ...AisleAddressFields
    }
    billingAddress {
      ...AisleAddressFields
    }
    lineItems(first: 50) {
      nodes {
        id
        title
        variantTitle
        sku
        quantity
        product {
          id
        }
        variant {
          id
        }
        originalUnitPriceSet { ${money} }
      }
    }
    fulfillments(first: 10) {
      id
      status
      displayStatus
      createdAt
      estimatedDeliveryAt
      deliveredAt
      trackingInfo(first: 3) {
        company
        number
        url
      }
      fulfillmentLineItems(first: 50) {
        nodes {
          quantity
          lineItem {
            id
          }
        }
      }
    }
    refunds(first: 10) {
      id
      createdAt
      note
      totalRefundedSet { ${money} }
      refundLineItems(first: 50) {
        nodes {
          quantity
          lineItem {
            id
          }
        }
      }
    }
  }

  fragment AisleAddressFields on MailingAddress {
    name
    address1
    address2
    city
    province
    zip
    country
    countryCodeV2
    phone
  }
`;

export const ordersQuery = /* GraphQL */ `
  query AisleOrders($first: Int!, $after: String, $query: String) {
    orders(first: $first, after: $after, query: $query, sortKey: CREATED_AT, reverse: true) {
      nodes {
        ...AisleOrderFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${orderFields}
`;
